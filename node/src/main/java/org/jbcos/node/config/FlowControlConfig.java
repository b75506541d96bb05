package org.jbcos.node.config;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code [flow_control]} of {@code config.ini} (the node) or {@code group.N.ini} (one group); both
 * limits are off unless set.
 *
 * @param limitReq {@code limit_req}: requests per second
 * @param outgoingBandwidthLimitMbit {@code outgoing_bandwidth_limit}: Mbit/s, may be a decimal
 */
public record FlowControlConfig(OptionalLong limitReq, OptionalDouble outgoingBandwidthLimitMbit) {
  static final String SECTION = "flow_control";
  private static final String LIMIT_REQ = "limit_req";
  private static final String OUTGOING_BANDWIDTH_LIMIT = "outgoing_bandwidth_limit";

  public static FlowControlConfig unlimited() {
    return new FlowControlConfig(OptionalLong.empty(), OptionalDouble.empty());
  }

  static FlowControlConfig read(SectionReader r) {
    OptionalDouble bandwidth = r.optionalDecimal(OUTGOING_BANDWIDTH_LIMIT, 0, Double.MAX_VALUE);
    if (bandwidth.isPresent() && bandwidth.getAsDouble() == 0) {
      throw r.error(
          OUTGOING_BANDWIDTH_LIMIT, "must be a number > 0; comment the key out for no limit");
    }
    return new FlowControlConfig(r.optionalInteger(LIMIT_REQ, 1, Long.MAX_VALUE), bandwidth);
  }

  void write(IniWriter w, String scope) {
    w.section(SECTION).comment("restrict QPS of the " + scope);
    if (limitReq.isPresent()) {
      w.entry(LIMIT_REQ, limitReq.getAsLong());
    } else {
      w.disabled(LIMIT_REQ, "1000");
    }
    w.comment("restrict the outgoing bandwidth of the " + scope + ", Mb/s, can be a decimal");
    if (outgoingBandwidthLimitMbit.isPresent()) {
      w.entry(OUTGOING_BANDWIDTH_LIMIT, Decimals.text(outgoingBandwidthLimitMbit.getAsDouble()));
    } else {
      w.disabled(OUTGOING_BANDWIDTH_LIMIT, "2");
    }
  }
}
