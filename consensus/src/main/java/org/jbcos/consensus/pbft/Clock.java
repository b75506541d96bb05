package org.jbcos.consensus.pbft;

/** Milliseconds since the epoch; the engine's only source of time (a fake one in tests). */
@FunctionalInterface
public interface Clock {
  long nowMillis();
}
