package org.jbcos.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbcos.protocol.JsonHex;
import org.jbcos.rpc.MethodCatalogue;
import org.jbcos.rpc.Params;
import org.jbcos.rpc.RpcErrors;
import org.jbcos.rpc.backend.AdminResult;
import org.jbcos.rpc.backend.Administration;
import org.jbcos.rpc.backend.NodeBackend;

/**
 * Dynamic group and peer management. Until the node offers {@link Administration} these fail with
 * -100001, except queryGroupStatus, which the group list answers.
 */
final class AdminMethods {
  static final int INVALID_PARAMS_CODE = 7;

  private AdminMethods() {}

  static void register(MethodCatalogue.Builder b) {
    b.node(
        "generateGroup",
        (p, n, c) ->
            group(
                p,
                n,
                (a, g) -> {
                  p.requireAtLeast(2, "[groupId, {timestamp, sealers, enable_free_storage}]");
                  JsonNode params = p.object(1);
                  JsonNode timestamp = params.get("timestamp");
                  JsonNode sealers = params.get("sealers");
                  JsonNode free = params.get("enable_free_storage");
                  if (timestamp == null
                      || Params.parseQuantity(timestamp.asText()) == null
                      || sealers == null
                      || !sealers.isArray()) {
                    return new AdminResult(
                        INVALID_PARAMS_CODE, "timestamp and sealers are required");
                  }
                  List<String> ids = new ArrayList<>();
                  sealers.forEach(s -> ids.add(s.asText()));
                  return a.generateGroup(
                      g,
                      Params.parseQuantity(timestamp.asText()).longValue(),
                      ids,
                      free != null && free.asBoolean());
                }));
    b.node("startGroup", (p, n, c) -> group(p, n, Administration::startGroup));
    b.node("stopGroup", (p, n, c) -> group(p, n, Administration::stopGroup));
    b.node("removeGroup", (p, n, c) -> group(p, n, Administration::removeGroup));
    b.node("recoverGroup", (p, n, c) -> group(p, n, Administration::recoverGroup));
    b.node(
        "queryGroupStatus",
        (p, n, c) -> {
          p.requireAtLeast(1, "[groupId]");
          int g = p.integer(0);
          Map<String, Object> m = new LinkedHashMap<>();
          if (!validGroupId(g)) {
            m.putAll(result(new AdminResult(INVALID_PARAMS_CODE, groupRangeMessage())));
            m.put("status", "INEXISTENT");
            return m;
          }
          String status =
              n.administration()
                  .map(a -> a.groupStatus(g))
                  .orElse(n.group(g).isPresent() ? "RUNNING" : "INEXISTENT");
          m.putAll(result(AdminResult.success()));
          m.put("status", status);
          return m;
        });
    b.node(
        "addPeers",
        (p, n, c) -> {
          p.requireAtLeast(1, "[[\"ip:port\", ...]]");
          return result(admin(n).addPeers(p.textArray(0)));
        });
    b.node(
        "erasePeers",
        (p, n, c) -> {
          p.requireAtLeast(1, "[[\"ip:port\", ...]]");
          return result(admin(n).erasePeers(p.textArray(0)));
        });
  }

  private interface GroupAction {
    AdminResult apply(Administration admin, int groupId);
  }

  private static Map<String, Object> group(Params p, NodeBackend n, GroupAction action) {
    Administration admin = admin(n);
    p.requireAtLeast(1, "[groupId]");
    int g = p.integer(0);
    if (!validGroupId(g)) {
      return result(new AdminResult(INVALID_PARAMS_CODE, groupRangeMessage()));
    }
    return result(action.apply(admin, g));
  }

  private static Administration admin(NodeBackend n) {
    return n.administration().orElseThrow(RpcErrors::dynamicGroupForbidden);
  }

  private static boolean validGroupId(int g) {
    return g >= 1 && g <= 32767;
  }

  private static String groupRangeMessage() {
    return "GroupID should be between 1 and 32767";
  }

  static Map<String, Object> result(AdminResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", JsonHex.quantity(r.code()));
    m.put("message", r.message());
    return m;
  }
}
