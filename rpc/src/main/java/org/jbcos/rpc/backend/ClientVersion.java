package org.jbcos.rpc.backend;

import java.util.Objects;

/**
 * The fields of getClientVersion. The SDK uses SM transactions when {@code fiscoBcosVersion}
 * contains {@code "gm"} (FISCO writes e.g. {@code "2.9.1 gm"}), takes {@code chainId} as the chain
 * id of the transactions it builds, and gates precompiled calls on {@code supportedVersion}.
 *
 * @param fiscoBcosVersion "FISCO-BCOS Version", e.g. "2.9.1" or "2.9.1 gm"
 * @param supportedVersion "Supported Version", {@code a.b.c}, e.g. "2.9.0"
 * @param chainId "Chain Id", decimal
 * @param buildTime "Build Time"
 * @param buildType "Build Type"
 * @param gitBranch "Git Branch"
 * @param gitCommitHash "Git Commit Hash"
 */
public record ClientVersion(
    String fiscoBcosVersion,
    String supportedVersion,
    String chainId,
    String buildTime,
    String buildType,
    String gitBranch,
    String gitCommitHash) {
  /** The FISCO release whose behaviour this node reproduces. */
  public static final String FISCO_VERSION = "2.9.1";

  /** The highest compatibility level: the SDK enables every precompiled service from it. */
  public static final String SUPPORTED_VERSION = "2.9.0";

  public ClientVersion {
    Objects.requireNonNull(fiscoBcosVersion, "fiscoBcosVersion");
    Objects.requireNonNull(supportedVersion, "supportedVersion");
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(buildTime, "buildTime");
    Objects.requireNonNull(buildType, "buildType");
    Objects.requireNonNull(gitBranch, "gitBranch");
    Objects.requireNonNull(gitCommitHash, "gitCommitHash");
  }

  /**
   * The version strings of a JBCOS node on an ECDSA or SM chain with the given chain id.
   *
   * @param buildType e.g. "JBCOS 0.1.0 Java 17"
   */
  public static ClientVersion of(
      boolean smCrypto, long chainId, String buildType, String buildTime, String commit) {
    return new ClientVersion(
        smCrypto ? FISCO_VERSION + " gm" : FISCO_VERSION,
        SUPPORTED_VERSION,
        Long.toString(chainId),
        buildTime,
        buildType,
        "jbcos",
        commit);
  }
}
