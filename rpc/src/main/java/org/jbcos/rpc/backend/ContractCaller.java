package org.jbcos.rpc.backend;

/** Read-only execution over the latest state (the {@code call} method). */
public interface ContractCaller {
  CallResult call(CallRequest request);
}
