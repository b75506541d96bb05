package org.jbcos.executor.precompiled;

import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.HashFunction;

/**
 * A function of a kind of temporary object (Table, Entry, Condition…): its ABI, parsed once per
 * chain, and a body that works on one object's state and returns the output values.
 *
 * @param <T> the object's state
 */
record ObjectFunction<T>(AbiFunction abi, boolean writes, Body<T> body) {

  /** The work of the function on one object; returns its output values (none: empty). */
  @FunctionalInterface
  interface Body<T> {
    Object[] run(T target, SystemCall call);
  }

  static final Object[] NO_OUTPUT = new Object[0];

  static <T> ObjectFunction<T> writing(String signature, HashFunction hash, Body<T> body) {
    return new ObjectFunction<>(AbiFunction.parse(signature, hash), true, body);
  }

  static <T> ObjectFunction<T> reading(String signature, HashFunction hash, Body<T> body) {
    return new ObjectFunction<>(AbiFunction.parse(signature, hash), false, body);
  }

  /** {@code body}, recording {@code operation} in the call's gas meter once it has run. */
  static <T> Body<T> recording(PrecompiledGas.Operation operation, Body<T> body) {
    return (target, call) -> {
      Object[] output = body.run(target, call);
      call.gas().record(operation);
      return output;
    };
  }

  /** This function of {@code target}. */
  SystemFunction bind(T target) {
    return new SystemFunction(abi, writes, call -> abi.encodeOutput(body.run(target, call)));
  }
}
