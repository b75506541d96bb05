package org.jbcos.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * One node-to-node message, the content of a FISCO 2.x RC2 frame (compression is a property of the
 * frame, not of the message).
 *
 * @param protocolId {@code (groupId << 16) | moduleId} for a request, its negation for a response
 * @param packetType the module's message type, 0..65535
 * @param seq the sender's sequence number (unsigned 32 bits kept in an int); a response repeats the
 *     request's
 * @param payload the module's bytes; not copied, do not change it after handing it over
 */
public record P2pMessage(int protocolId, int packetType, int seq, byte[] payload) {
  public P2pMessage {
    Objects.requireNonNull(payload, "payload");
    if (packetType < 0 || packetType > 0xFFFF) {
      throw new IllegalArgumentException("packet type out of range 0..65535: " + packetType);
    }
  }

  /** Whether this answers a request: FISCO marks responses with a negated (≤ 0) protocol id. */
  public boolean isResponse() {
    return protocolId < 0;
  }

  /** The module id of the request or response. */
  public int moduleId() {
    return requestProtocolId() & 0xFFFF;
  }

  /** The group id of the request or response. */
  public int groupId() {
    return requestProtocolId() >>> 16;
  }

  /** The protocol id of the request this message is or answers. */
  public int requestProtocolId() {
    return protocolId < 0 ? -protocolId : protocolId;
  }

  /** The response to this request: negated protocol id, same packet type and sequence number. */
  public P2pMessage response(byte[] responsePayload) {
    return new P2pMessage(-requestProtocolId(), packetType, seq, responsePayload);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof P2pMessage m
        && protocolId == m.protocolId
        && packetType == m.packetType
        && seq == m.seq
        && Arrays.equals(payload, m.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocolId, packetType, seq, Arrays.hashCode(payload));
  }

  @Override
  public String toString() {
    return "P2pMessage[protocolId="
        + protocolId
        + ", packetType="
        + packetType
        + ", seq="
        + Integer.toUnsignedString(seq)
        + ", "
        + payload.length
        + " bytes]";
  }
}
