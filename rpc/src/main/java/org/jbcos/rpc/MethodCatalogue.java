package org.jbcos.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Method name → implementation. Built once, then read concurrently. */
public final class MethodCatalogue {
  private final Map<String, RpcMethod> methods;

  private MethodCatalogue(Map<String, RpcMethod> methods) {
    this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<RpcMethod> find(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  public Set<String> names() {
    return methods.keySet();
  }

  /** Collects methods; a name may be registered once. */
  public static final class Builder {
    private final Map<String, RpcMethod> methods = new LinkedHashMap<>();

    private Builder() {}

    public Builder node(String name, RpcMethod.NodeHandler handler) {
      return add(name, new RpcMethod.OfNode(handler));
    }

    public Builder group(String name, RpcMethod.GroupHandler handler) {
      return add(name, new RpcMethod.OfGroup(handler, true));
    }

    /** A group method that answers even where this node is not a sealer or observer. */
    public Builder groupAnyMember(String name, RpcMethod.GroupHandler handler) {
      return add(name, new RpcMethod.OfGroup(handler, false));
    }

    private Builder add(String name, RpcMethod method) {
      if (methods.putIfAbsent(name, method) != null) {
        throw new IllegalArgumentException("method " + name + " registered twice");
      }
      return this;
    }

    public MethodCatalogue build() {
      return new MethodCatalogue(methods);
    }
  }
}
