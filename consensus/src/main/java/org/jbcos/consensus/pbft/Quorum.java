package org.jbcos.consensus.pbft;

/** PBFT arithmetic of FISCO BCOS 2.x: {@code f = (n - 1) / 3}, quorum {@code n - f}. */
public final class Quorum {
  private Quorum() {}

  /** The number of faulty sealers tolerated among {@code n}. */
  public static int faulty(int n) {
    return (n - 1) / 3;
  }

  /** {@code minValidNodes}: the votes needed among {@code n} sealers. */
  public static int of(int n) {
    return n - faulty(n);
  }

  /** {@code leader = (view + head) % n}: the leader of the block after {@code head}. */
  public static int leader(long view, long head, int n) {
    return (int) Math.floorMod(view + head, (long) n);
  }
}
