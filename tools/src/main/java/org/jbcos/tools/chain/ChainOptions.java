package org.jbcos.tools.chain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jbcos.node.config.ConsensusType;
import org.jbcos.node.config.LogLevel;
import org.jbcos.node.config.StorageType;
import org.jbcos.node.config.SupportedVersion;

/**
 * What {@code build-chain} builds.
 *
 * @param plan the nodes, their directories, ports and groups
 * @param output the directory to create; it must not exist
 * @param sm an SM chain ({@code -g}): SM2 node ids and gm* certificates
 * @param storage {@code [storage] type} of every group
 * @param version {@code [compatibility] supported_version}
 * @param consensus {@code [consensus] consensus_type} of every group
 * @param chainId {@code [chain] id}
 * @param rpcOnAllInterfaces JSON-RPC on 0.0.0.0 instead of 127.0.0.1 ({@code -i})
 * @param rsaChannel RSA certificates for the SDK channel ({@code rsa_crypto_channel}); otherwise
 *     the SDK uses secp256k1 certificates issued by the agency
 * @param logLevel {@code [log] level}
 * @param statistics {@code [log] enable_statistic}
 * @param flush {@code [log] flush}
 * @param freeStorage {@code [evm] enable_free_storage}
 * @param certValidity how long the certificates are valid
 * @param observers how many of each group's last members are observers instead of sealers
 * @param launcher the {@code jbcos} script that {@code start.sh} runs
 */
public record ChainOptions(
    ChainPlan plan,
    Path output,
    boolean sm,
    StorageType storage,
    SupportedVersion version,
    ConsensusType consensus,
    long chainId,
    boolean rpcOnAllInterfaces,
    boolean rsaChannel,
    LogLevel logLevel,
    boolean statistics,
    boolean flush,
    boolean freeStorage,
    Duration certValidity,
    int observers,
    Path launcher) {
  public ChainOptions {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(certValidity, "certValidity");
    Objects.requireNonNull(launcher, "launcher");
    if (rsaChannel && !version.atLeast(SupportedVersion.V2_9_0)) {
      throw new IllegalArgumentException(
          "RSA channel certificates need supported_version 2.9.0 or later, got " + version);
    }
  }
}
