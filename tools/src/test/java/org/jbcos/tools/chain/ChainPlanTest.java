package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainPlanTest {
  @Test
  void numbersNodesPerIpAndIncrementsPorts() {
    ChainPlan plan =
        ChainPlan.of(HostSpec.parseIpList("127.0.0.1:2,10.0.0.2:1,127.0.0.1:1"), Ports.DEFAULT);

    assertThat(plan.nodes())
        .containsExactly(
            new PlannedNode("127.0.0.1", 0, "agency", List.of(1), new Ports(30300, 20200, 8545)),
            new PlannedNode("127.0.0.1", 1, "agency", List.of(1), new Ports(30301, 20201, 8546)),
            new PlannedNode("10.0.0.2", 0, "agency", List.of(1), new Ports(30300, 20200, 8545)),
            new PlannedNode("127.0.0.1", 2, "agency", List.of(1), new Ports(30302, 20202, 8547)));
    assertThat(plan.ips()).containsExactly("127.0.0.1", "10.0.0.2");
    assertThat(plan.nodes().get(3).path()).isEqualTo("127.0.0.1/node2");
  }

  @Test
  void aLineWithItsOwnPortsStartsThere() {
    ChainPlan plan =
        ChainPlan.of(
            List.of(
                HostSpec.parseLine("127.0.0.1:2 agencyA 1,2"),
                HostSpec.parseLine("127.0.0.1:2 agencyB 2 40300,40200,9545")),
            new Ports(30300, 20200, 8545));

    assertThat(plan.nodes())
        .extracting(PlannedNode::name, n -> n.ports().p2p(), PlannedNode::agency)
        .containsExactly(
            tuple("node0", 30300, "agencyA"),
            tuple("node1", 30301, "agencyA"),
            tuple("node2", 40300, "agencyB"),
            tuple("node3", 40301, "agencyB"));
    assertThat(plan.groups().get(1))
        .extracting(PlannedNode::name)
        .containsExactly("node0", "node1");
    assertThat(plan.groups().get(2)).hasSize(4);
    assertThat(plan.agencies()).containsExactly("agencyA", "agencyB");
  }

  @Test
  void rejectsTwoListenersOnOnePort() {
    assertThatThrownBy(
            () ->
                ChainPlan.of(
                    List.of(
                        HostSpec.parseLine("127.0.0.1:2 a 1"),
                        HostSpec.parseLine("127.0.0.1:1 b 1 30301,40200,9545")),
                    Ports.DEFAULT))
        .hasMessage(
            "port 127.0.0.1:30301 would be used twice: by 127.0.0.1/node1 p2p and by"
                + " 127.0.0.1/node2 p2p");
    assertThatThrownBy(
            () -> ChainPlan.of(HostSpec.parseIpList("127.0.0.1:2"), new Ports(8000, 8001, 9000)))
        .hasMessage(
            "port 127.0.0.1:8001 would be used twice: by 127.0.0.1/node0 channel and by"
                + " 127.0.0.1/node1 p2p");
  }

  @Test
  void rejectsPortsBeyond65535() {
    assertThatThrownBy(
            () -> ChainPlan.of(HostSpec.parseIpList("127.0.0.1:3"), new Ports(65534, 20200, 8545)))
        .hasMessageContaining("would need a port above 65535");
  }

  @Test
  void parsesHostEntries() {
    assertThat(HostSpec.parseLine("  10.0.0.1:3   org_1  3,1,3  "))
        .isEqualTo(new HostSpec("10.0.0.1", 3, "org_1", List.of(1, 3), Optional.empty()));
    assertThat(HostSpec.parseIpList("127.0.0.1:4"))
        .containsExactly(new HostSpec("127.0.0.1", 4, "agency", List.of(1), Optional.empty()));
  }

  @Test
  void rejectsBadHostEntries() {
    assertThatThrownBy(() -> HostSpec.parseIpList("127.0.0.1"))
        .hasMessage("expected ip:count such as 127.0.0.1:4, got \"127.0.0.1\"");
    assertThatThrownBy(() -> HostSpec.parseIpList("127.0.0.1:4,"))
        .hasMessage("expected ip:count such as 127.0.0.1:4, got \"\"");
    assertThatThrownBy(() -> HostSpec.parseIpList("localhost:4"))
        .hasMessage("\"localhost\" is not an IPv4 address");
    assertThatThrownBy(() -> HostSpec.parseIpList("127.0.0.1:0"))
        .hasMessage("the node count of 127.0.0.1 must be between 1 and 100, got 0");
    assertThatThrownBy(() -> HostSpec.parseLine("127.0.0.1:1 agency"))
        .hasMessageStartingWith("expected \"ip:count agency groups [p2p,channel,jsonrpc]\"");
    assertThatThrownBy(() -> HostSpec.parseLine("127.0.0.1:1 a/b 1"))
        .hasMessage("agency name \"a/b\" may only hold letters, digits, _ and -");
    assertThatThrownBy(() -> HostSpec.parseLine("127.0.0.1:1 a 0,1"))
        .hasMessage("groups must be ids from 1 to 32767 separated by commas, got \"0,1\"");
    assertThatThrownBy(() -> HostSpec.parseLine("127.0.0.1:1 a 1 30300,20200"))
        .hasMessageStartingWith("ports must be three numbers p2p,channel,jsonrpc");
  }

  @Test
  void parsesPorts() {
    assertThat(Ports.parse("30300,20200,8545")).isEqualTo(Ports.DEFAULT);
    assertThat(Ports.parse(" 1, 2 ,3")).isEqualTo(new Ports(1, 2, 3));
    assertThatThrownBy(() -> Ports.parse("30300;20200;8545"))
        .hasMessageStartingWith("ports must be three numbers");
    assertThatThrownBy(() -> Ports.parse("0,20200,8545"))
        .hasMessage("ports must be between 1 and 65535, got 0");
  }
}
