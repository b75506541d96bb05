package org.jbcos.crypto;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command line tool for interop tests; skips them when it is absent. */
public final class OpenSslCli {
  private static volatile Boolean available;

  private OpenSslCli() {}

  /** The result of one run: exit code and the merged stdout + stderr. */
  public record Result(int exitCode, String output) {}

  /** Skips the calling test, with a message, when {@code openssl} is not on the PATH. */
  public static void assumeAvailable() {
    assumeTrue(available(), "openssl is not on the PATH; skipping the OpenSSL interop check");
  }

  public static boolean available() {
    Boolean a = available;
    if (a == null) {
      try {
        a = exec(Path.of("."), List.of("version")).exitCode() == 0;
      } catch (IllegalStateException e) {
        a = false;
      }
      available = a;
    }
    return a;
  }

  /** Runs openssl in {@code dir} and returns its output; fails the test on a non-zero exit. */
  public static String run(Path dir, String... args) {
    Result result = exec(dir, List.of(args));
    if (result.exitCode() != 0) {
      throw new AssertionError(
          "openssl "
              + String.join(" ", args)
              + " exited with "
              + result.exitCode()
              + ":\n"
              + result.output());
    }
    return result.output();
  }

  public static Result exec(Path dir, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(args);
    try {
      Process process =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("openssl " + args + " did not finish in 60 s");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run openssl: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running openssl", e);
    }
  }
}
