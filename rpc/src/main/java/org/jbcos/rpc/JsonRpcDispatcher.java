package org.jbcos.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.NodeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC 2.0 over bytes, as libjson-rpc-cpp's V2 server answers FISCO's clients: responses are
 * {@code {"id","jsonrpc":"2.0","result"}} or {@code {"error":{"code","data":null,"message"},"id",
 * "jsonrpc":"2.0"}}; batches (JSON arrays) are answered with arrays; requests without {@code id}
 * are notifications and get no answer. Blocking: transports call it off their I/O threads.
 */
public final class JsonRpcDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcDispatcher.class);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_BATCH = 1024;

  private final MethodCatalogue catalogue;
  private final NodeBackend node;

  public JsonRpcDispatcher(MethodCatalogue catalogue, NodeBackend node) {
    this.catalogue = catalogue;
    this.node = node;
  }

  /** The response body, or empty when the request held only notifications. */
  public Optional<byte[]> handle(byte[] body, CallContext context) {
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (RpcException e) {
      return Optional.of(Json.write(error(NullNode.getInstance(), e)));
    }
    if (request.isArray()) {
      if (request.isEmpty()) {
        return Optional.of(
            Json.write(error(NullNode.getInstance(), RpcErrors.invalidRequest("empty batch"))));
      }
      if (request.size() > MAX_BATCH) {
        return Optional.of(
            Json.write(
                error(
                    NullNode.getInstance(),
                    RpcErrors.invalidRequest("a batch holds at most " + MAX_BATCH + " calls"))));
      }
      ArrayNode responses = NODES.arrayNode();
      for (JsonNode one : request) {
        ObjectNode response = handleOne(one, context);
        if (response != null) {
          responses.add(response);
        }
      }
      return responses.isEmpty() ? Optional.empty() : Optional.of(Json.write(responses));
    }
    return Optional.ofNullable(handleOne(request, context)).map(Json::write);
  }

  /** The response to one request object, or null for a notification. */
  ObjectNode handleOne(JsonNode request, CallContext context) {
    if (!request.isObject()) {
      return error(NullNode.getInstance(), RpcErrors.invalidRequest("not an object"));
    }
    JsonNode id = request.get("id");
    boolean notification = id == null;
    JsonNode echoId = notification ? NullNode.getInstance() : id;
    if (!notification && !(id.isIntegralNumber() || id.isTextual() || id.isNull())) {
      return error(
          NullNode.getInstance(), RpcErrors.invalidRequest("id must be a number, string or null"));
    }
    JsonNode version = request.get("jsonrpc");
    if (version == null || !version.isTextual() || !version.textValue().equals("2.0")) {
      return error(echoId, RpcErrors.invalidRequest("\"jsonrpc\" must be \"2.0\""));
    }
    JsonNode method = request.get("method");
    if (method == null || !method.isTextual()) {
      return error(echoId, RpcErrors.invalidRequest("\"method\" must be a string"));
    }
    JsonNode params = request.get("params");
    if (params != null && !params.isArray() && !params.isObject() && !params.isNull()) {
      return error(echoId, RpcErrors.invalidRequest("\"params\" must be an array"));
    }
    ObjectNode response;
    try {
      Object result = call(method.textValue(), params, context);
      response = NODES.objectNode();
      response.set("id", echoId);
      response.put("jsonrpc", "2.0");
      response.set("result", Json.MAPPER.valueToTree(result));
    } catch (RpcException e) {
      response = error(echoId, e);
    } catch (RuntimeException e) {
      LOG.warn("{} failed", method.textValue(), e);
      response =
          error(
              echoId,
              RpcErrors.internal("internal error in " + method.textValue() + ": " + describe(e)));
    }
    return notification ? null : response;
  }

  private Object call(String name, JsonNode params, CallContext context) {
    RpcMethod method = catalogue.find(name).orElseThrow(() -> RpcErrors.methodNotFound(name));
    if (params != null && params.isObject()) {
      throw RpcErrors.invalidParams(name + " takes positional parameters (a JSON array)");
    }
    Params p =
        new Params(
            name, params == null || params.isNull() ? NODES.arrayNode() : (ArrayNode) params);
    if (method instanceof RpcMethod.OfGroup m) {
      p.requireAtLeast(1, "the groupId first");
      GroupBackend group = node.group(p.groupId(0)).orElseThrow(RpcErrors::groupNotExist);
      if (m.checkMembership() && !group.isMember()) {
        throw RpcErrors.notInGroup();
      }
      return m.handler().call(p, group, context);
    }
    return ((RpcMethod.OfNode) method).handler().call(p, node, context);
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static ObjectNode error(JsonNode id, RpcException e) {
    ObjectNode error = NODES.objectNode();
    error.put("code", e.code());
    error.putNull("data");
    error.put("message", e.getMessage());
    ObjectNode response = NODES.objectNode();
    response.set("error", error);
    response.set("id", id);
    response.put("jsonrpc", "2.0");
    return response;
  }

  /** A complete error response (for transports that fail before dispatch, e.g. overload). */
  public static byte[] errorResponse(JsonNode id, RpcException e) {
    return Json.write(error(id, e));
  }
}
