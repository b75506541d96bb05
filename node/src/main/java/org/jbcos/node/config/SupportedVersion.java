package org.jbcos.node.config;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FISCO BCOS 2.x version as written in {@code config.ini [compatibility] supported_version}:
 * {@code 2.9.0}, or a release candidate such as {@code 2.0.0-rc1}. A large part of FISCO's
 * behaviour branches on it.
 *
 * @param minor the x of 2.x.y
 * @param patch the y of 2.x.y
 * @param releaseCandidate the n of {@code -rcN}, 0 for a release (which follows its candidates)
 */
public record SupportedVersion(int minor, int patch, int releaseCandidate)
    implements Comparable<SupportedVersion> {
  /** The version FISCO assumes when {@code supported_version} is absent. */
  public static final SupportedVersion V2_0_0_RC1 = new SupportedVersion(0, 0, 1);

  /** From this version on, system-contract calls cost gas. */
  public static final SupportedVersion V2_4_0 = new SupportedVersion(4, 0, 0);

  public static final SupportedVersion V2_6_0 = new SupportedVersion(6, 0, 0);
  public static final SupportedVersion V2_9_0 = new SupportedVersion(9, 0, 0);

  /** The newest behaviour JBCOS implements; a node refuses chains that claim a newer one. */
  public static final SupportedVersion HIGHEST = new SupportedVersion(9, 1, 0);

  private static final Pattern FORMAT =
      Pattern.compile("2\\.([0-9]{1,3})\\.([0-9]{1,3})(?:-rc([1-9][0-9]?))?");
  private static final Comparator<SupportedVersion> ORDER =
      Comparator.comparingInt(SupportedVersion::minor)
          .thenComparingInt(SupportedVersion::patch)
          .thenComparingInt(
              v -> v.releaseCandidate() == 0 ? Integer.MAX_VALUE : v.releaseCandidate());

  public SupportedVersion {
    if (minor < 0 || patch < 0 || releaseCandidate < 0) {
      throw new IllegalArgumentException("version numbers must not be negative");
    }
  }

  /**
   * Parses {@code 2.x.y} or {@code 2.x.y-rcN}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static SupportedVersion parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "must be a FISCO BCOS 2.x version such as 2.9.0 or 2.0.0-rc1, got \"" + text + "\"");
    }
    return new SupportedVersion(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  public boolean atLeast(SupportedVersion other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(SupportedVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "2." + minor + "." + patch + (releaseCandidate == 0 ? "" : "-rc" + releaseCandidate);
  }
}
