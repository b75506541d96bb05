package org.jbcos.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.JsonViews;
import org.jbcos.protocol.ProtocolException;
import org.jbcos.protocol.Transaction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jbcos tx ...}: tools for signed transactions. */
@Command(
    name = "tx",
    description = "Work with signed FISCO BCOS 2.x transactions.",
    subcommands = {TxCommand.Decode.class})
final class TxCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "decode",
      description = {
        "Decode a signed transaction (the hex that sendRawTransaction carries) and print it as"
            + " JSON, with the fields of getTransactionByHash: hash, from, to, nonce, blockLimit,"
            + " chainId, groupId, input, signature...",
        "The sender is recovered from the signature (ECDSA) or verified (SM2): a transaction"
            + " whose signature is invalid is an error."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:decoded", "1:malformed input or invalid signature", "2:bad usage"})
  static final class Decode implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--sm",
        description = "The transaction is from an SM chain (SM3 hashes, SM2 signatures).")
    boolean sm;

    @Parameters(paramLabel = "0x<signed tx hex>", description = "The RLP-encoded signed tx.")
    String hex;

    @Override
    public Integer call() throws JsonProcessingException {
      CryptoSuite suite = CryptoSuite.of(sm);
      byte[] bytes;
      try {
        bytes = Hex.decode(hex);
      } catch (IllegalArgumentException e) {
        return fail("input is not hex: " + e.getMessage());
      }
      Transaction tx;
      try {
        tx = Transaction.decode(bytes, suite);
      } catch (ProtocolException e) {
        String hint = "";
        if (!sm && looksLikeSm(bytes)) {
          hint =
              " (field 10 holds a 64-byte public key: this looks like an SM transaction, add --sm)";
        }
        return fail(e.getMessage() + hint);
      }
      Object view;
      try {
        view = JsonViews.transaction(tx, suite);
      } catch (ProtocolException e) {
        return fail(e.getMessage());
      }
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      spec.commandLine().getOut().println(json.writeValueAsString(view));
      return 0;
    }

    private static boolean looksLikeSm(byte[] bytes) {
      try {
        Transaction.decode(bytes, CryptoSuite.sm());
        return true;
      } catch (ProtocolException e) {
        return false;
      }
    }

    private int fail(String message) {
      spec.commandLine().getErr().println("error: " + message.replace('\n', ' '));
      return 1;
    }
  }
}
