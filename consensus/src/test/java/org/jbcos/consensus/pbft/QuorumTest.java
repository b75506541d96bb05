package org.jbcos.consensus.pbft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuorumTest {
  @Test
  void faultToleranceAndQuorumFollowFisco() {
    assertThat(Quorum.faulty(4)).isEqualTo(1);
    assertThat(Quorum.of(4)).isEqualTo(3);
    assertThat(Quorum.of(5)).isEqualTo(4);
    assertThat(Quorum.of(6)).isEqualTo(5);
    assertThat(Quorum.of(7)).isEqualTo(5);
    assertThat(Quorum.of(1)).isEqualTo(1);
    assertThat(Quorum.leader(2, 5, 4)).isEqualTo(3);
  }

  @Test
  void fileBackupKeepsTheLastPrepareAcrossInstances(@TempDir Path dir) {
    Path backupDir = dir.resolve("group1/pbftMsgBackup");
    assertThat(new FilePrepareBackup(backupDir).load()).isEmpty();
    new FilePrepareBackup(backupDir).save(new byte[] {1, 2});
    new FilePrepareBackup(backupDir).save(new byte[] {3});
    assertThat(new FilePrepareBackup(backupDir).load())
        .hasValueSatisfying(b -> assertThat(b).containsExactly(3));
  }
}
