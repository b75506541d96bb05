package org.jbcos.rpc;

/** FISCO's RPC error codes and their exact messages (node librpc/Common.h, Rpc.cpp RPCMsg). */
public final class RpcErrors {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;

  public static final int GROUP_NOT_EXIST = -40001;
  public static final int BLOCK_HASH_NOT_EXIST = -40003;
  public static final int BLOCK_NUMBER_NOT_EXIST = -40004;
  public static final int TRANSACTION_INDEX_OUT_OF_RANGE = -40005;
  public static final int CALL_FROM_MISSING = -40006;
  public static final int NO_VIEW = -40007;
  public static final int INVALID_SYSTEM_CONFIG = -40008;
  public static final int NOT_IN_GROUP = -40009;
  public static final int OVER_QPS_LIMIT = -40011;
  public static final int BATCH_RECEIPT_RANGE = -40099;
  public static final int DYNAMIC_GROUP_FORBIDDEN = -100001;

  private RpcErrors() {}

  public static RpcException parseError(String detail) {
    return new RpcException(
        PARSE_ERROR, "JSON_PARSE_ERROR: The JSON-Object is not JSON-Valid: " + detail);
  }

  public static RpcException invalidRequest(String detail) {
    return new RpcException(
        INVALID_REQUEST,
        "INVALID_JSON_REQUEST: The JSON sent is not a valid JSON-RPC Request object: " + detail);
  }

  public static RpcException methodNotFound(String method) {
    return new RpcException(
        METHOD_NOT_FOUND,
        "METHOD_NOT_FOUND: The method being requested is not available on this server: " + method);
  }

  public static RpcException invalidParams(String detail) {
    return new RpcException(INVALID_PARAMS, "INVALID_PARAMS: " + detail);
  }

  public static RpcException internal(String detail) {
    return new RpcException(INTERNAL_ERROR, detail);
  }

  public static RpcException groupNotExist() {
    return new RpcException(GROUP_NOT_EXIST, "GroupID does not exist");
  }

  public static RpcException blockHashNotExist() {
    return new RpcException(BLOCK_HASH_NOT_EXIST, "BlockHash does not exist");
  }

  public static RpcException blockNumberNotExist() {
    return new RpcException(BLOCK_NUMBER_NOT_EXIST, "BlockNumber does not exist");
  }

  public static RpcException transactionIndexOutOfRange() {
    return new RpcException(TRANSACTION_INDEX_OUT_OF_RANGE, "TransactionIndex is out of range");
  }

  public static RpcException callNeedsFrom() {
    return new RpcException(CALL_FROM_MISSING, "Call needs a 'from' field");
  }

  public static RpcException noView() {
    return new RpcException(NO_VIEW, "Only pbft consensus supports the view property");
  }

  public static RpcException invalidSystemConfig() {
    return new RpcException(INVALID_SYSTEM_CONFIG, "Invalid System Config");
  }

  public static RpcException notInGroup() {
    return new RpcException(
        NOT_IN_GROUP, "Don't send request to this node who doesn't belong to the group");
  }

  public static RpcException overQpsLimit(String method) {
    return new RpcException(OVER_QPS_LIMIT, method + " Over QPS limit");
  }

  public static RpcException dynamicGroupForbidden() {
    return new RpcException(
        DYNAMIC_GROUP_FORBIDDEN, "Dynamic group related interfaces are forbidden to access");
  }
}
