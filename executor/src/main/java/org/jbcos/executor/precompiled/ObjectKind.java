package org.jbcos.executor.precompiled;

import java.util.List;
import org.jbcos.codec.abi.Address;

/**
 * A kind of temporary object (Table, Entry…) with its functions under the chain's selectors; {@link
 * #create} places a new object of the kind at the transaction's next temporary address.
 *
 * @param <T> the objects' state
 */
final class ObjectKind<T> {
  private final String name;
  private final List<ObjectFunction<T>> functions;

  ObjectKind(String name, List<ObjectFunction<T>> functions) {
    this.name = name;
    this.functions = List.copyOf(functions);
  }

  /**
   * A new object over {@code target}, registered for the rest of the calling transaction; returns
   * its address as an ABI value.
   */
  Address create(SystemCall call, T target) {
    return new Address(
        call.temporaries()
            .register(new TemporaryObject<>(name, functions, target, call.gas().metrics()))
            .toBytes());
  }
}
