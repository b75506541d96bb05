package org.jbcos.rpc;

import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.NodeBackend;

/** One entry of the method catalogue. Results are JSON-ready values (maps, lists, strings...). */
public sealed interface RpcMethod {
  /** A method about the node as a whole; {@code params} are passed as they came. */
  @FunctionalInterface
  interface NodeHandler {
    Object call(Params params, NodeBackend node, CallContext context);
  }

  /** A method of one group; the dispatcher has resolved params[0] to the group. */
  @FunctionalInterface
  interface GroupHandler {
    Object call(Params params, GroupBackend group, CallContext context);
  }

  record OfNode(NodeHandler handler) implements RpcMethod {}

  /**
   * @param checkMembership whether the call fails with -40009 when this node is neither sealer nor
   *     observer of the group (FISCO's checkRequest); getPendingTxSize skips it
   */
  record OfGroup(GroupHandler handler, boolean checkMembership) implements RpcMethod {}
}
