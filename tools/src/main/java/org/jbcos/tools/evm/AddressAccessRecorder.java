package org.jbcos.tools.evm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jbcos.evm.Address;
import org.jbcos.evm.worldstate.WorldState;

/**
 * Wraps a {@link WorldState} and notes which of some watched addresses the EVM asked about. A proxy
 * rather than a hand-written delegate so that methods added to the interface pass through too.
 */
final class AddressAccessRecorder {
  private final Set<Address> watched;
  private final Set<Address> accessed = new TreeSet<>();

  AddressAccessRecorder(Set<Address> watched) {
    this.watched = Set.copyOf(watched);
  }

  /** A world state that behaves as {@code target} and records accesses to watched addresses. */
  WorldState wrap(WorldState target) {
    if (watched.isEmpty()) {
      return target;
    }
    return (WorldState)
        Proxy.newProxyInstance(
            WorldState.class.getClassLoader(),
            new Class<?>[] {WorldState.class},
            (proxy, method, args) -> forward(target, method, args));
  }

  private Object forward(WorldState target, Method method, Object[] args) throws Throwable {
    if (args != null && args.length > 0 && args[0] instanceof Address a && watched.contains(a)) {
      accessed.add(a);
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The watched addresses accessed so far, in ascending order. */
  List<Address> accessed() {
    return List.copyOf(accessed);
  }
}
