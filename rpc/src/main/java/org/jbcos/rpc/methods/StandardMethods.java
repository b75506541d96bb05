package org.jbcos.rpc.methods;

import org.jbcos.rpc.MethodCatalogue;

/** The FISCO BCOS 2.x JSON-RPC catalogue (sdk-wire.md §2.2). */
public final class StandardMethods {
  private StandardMethods() {}

  public static MethodCatalogue catalogue() {
    MethodCatalogue.Builder b = MethodCatalogue.builder();
    NodeMethods.register(b);
    ChainMethods.register(b);
    TransactionMethods.register(b);
    StatusMethods.register(b);
    AdminMethods.register(b);
    return b.build();
  }
}
