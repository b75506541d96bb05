package org.jbcos.sync;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jbcos.network.NodeId;

/** The ReqBlocks in flight: which peer was asked for which range, and until when we wait. */
final class BlockRequests {
  /** One request in flight. */
  record Request(NodeId peer, long from, int count, long deadlineMillis) {
    long to() {
      return from + count - 1;
    }

    boolean covers(long number) {
      return number >= from && number <= to();
    }
  }

  private final List<Request> inFlight = new ArrayList<>();

  void add(Request r) {
    inFlight.add(r);
  }

  int size() {
    return inFlight.size();
  }

  boolean covers(long number) {
    for (Request r : inFlight) {
      if (r.covers(number)) {
        return true;
      }
    }
    return false;
  }

  int countFor(NodeId peer) {
    int n = 0;
    for (Request r : inFlight) {
      if (r.peer().equals(peer)) {
        n++;
      }
    }
    return n;
  }

  /** Ends the requests to {@code peer} that cover any of {@code from..to} (it answered). */
  void answered(NodeId peer, long from, long to) {
    inFlight.removeIf(r -> r.peer().equals(peer) && r.from() <= to && r.to() >= from);
  }

  /** Ends every request to {@code peer} (it left or was penalised). */
  void forget(NodeId peer) {
    inFlight.removeIf(r -> r.peer().equals(peer));
  }

  /** Ends the requests that are fully below or at the head (nothing left to wait for). */
  void dropUpTo(long headNumber) {
    inFlight.removeIf(r -> r.to() <= headNumber);
  }

  /** Removes and returns the requests whose deadline passed. */
  List<Request> expire(long nowMillis) {
    List<Request> expired = new ArrayList<>();
    Iterator<Request> it = inFlight.iterator();
    while (it.hasNext()) {
      Request r = it.next();
      if (nowMillis >= r.deadlineMillis()) {
        expired.add(r);
        it.remove();
      }
    }
    return expired;
  }
}
