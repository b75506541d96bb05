package org.jbcos.bench.tps;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.client.protocol.request.Transaction;
import org.fisco.bcos.sdk.client.protocol.response.BcosBlock;
import org.fisco.bcos.sdk.client.protocol.response.Call;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.model.CryptoType;
import org.fisco.bcos.sdk.model.TransactionReceipt;
import org.fisco.bcos.sdk.transaction.codec.encode.TransactionEncoderService;
import org.fisco.bcos.sdk.transaction.model.po.RawTransaction;
import org.fisco.bcos.sdk.utils.Numeric;
import org.jbcos.protocol.ReceiptStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Drives a running chain through the official FISCO BCOS Java SDK 2.9.3: sets up a {@link Workload}
 * ({@code --workload}: the {@code TpsTransfer} contract, the {@code ParallelOk} contract or the
 * DagTransfer precompiled contract), sets the balances of {@code --accounts} accounts, pre-signs
 * {@code --count} transfers, sends them as fast as the node takes them (bounded in flight, busy
 * refusals retried) and reports TPS from the committed blocks, wall-clock TPS and latency; then
 * checks every balance against what the OK receipts imply.
 */
@Command(
    name = "tps",
    mixinStandardHelpOptions = true,
    description = {
      "TPS harness: sets up a --workload on a running FISCO BCOS 2.x / JBCOS chain, pre-signs"
          + " --count transfers between --accounts accounts, sends them through the Java SDK 2.9.3"
          + " and reports TPS (from block timestamps and wall clock), latency and txs/block, then"
          + " checks that the sum of the balances is unchanged.",
      "",
      "Workloads:",
      "  transfer      deploys TpsTransfer.sol (balances by address); nothing is registered for"
          + " parallel execution, so blocks run serially.",
      "  parallel-ok   deploys ParallelOk.sol (balances by name) and calls enableParallel(), which"
          + " registers transfer and set with ParallelConfig (0x1006): DAG-parallel execution.",
      "  dag-transfer  the DagTransfer precompiled contract at 0x5002, nothing deployed: userAdd,"
          + " userTransfer, userBalance; a call whose return code is not 0 counts as failed.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every transfer committed OK and the balances hold",
      "1:a transfer failed or timed out, or the balances are wrong",
      "2:bad options or the chain could not be used"
    })
public final class TpsHarness implements Callable<Integer> {
  /** What every account starts with: far more than the transfers can take away. */
  static final BigInteger INITIAL_BALANCE = BigInteger.valueOf(1_000_000_000L);

  private static final BigInteger GAS_PRICE = BigInteger.ONE;
  private static final BigInteger GAS_LIMIT = BigInteger.valueOf(30_000_000);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--workload",
      defaultValue = TransferWorkload.NAME,
      description =
          "What the transfers call: transfer, parallel-ok or dag-transfer (see above) (default:"
              + " ${DEFAULT-VALUE}).")
  String workload;

  @Option(
      names = "--sdk-dir",
      defaultValue = "nodes/127.0.0.1/sdk",
      description =
          "The SDK certificates (ca.crt, sdk.crt, sdk.key; gm* for SM) (default: ${DEFAULT-VALUE}).")
  Path sdkDir;

  @Option(
      names = "--peers",
      defaultValue = "127.0.0.1:20200",
      split = ",",
      description =
          "Channel ports host:port, comma-separated (default: ${DEFAULT-VALUE}). With several, one"
              + " SDK client per peer and the transfers dealt round-robin over them.")
  List<String> peers;

  @Option(names = "--group", defaultValue = "1", description = "Group (default: ${DEFAULT-VALUE}).")
  int group;

  @Option(
      names = "--count",
      defaultValue = "20000",
      description = "Transfers to send (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--accounts",
      defaultValue = "1000",
      description = "Accounts the transfers move balances between (default: ${DEFAULT-VALUE}).")
  int accounts;

  @Option(
      names = "--rate",
      defaultValue = "0",
      description = "Cap on sends per second; 0: as fast as the node takes them (default).")
  double rate;

  @Option(
      names = "--in-flight",
      defaultValue = "3000",
      description = "Transfers sent and not yet answered, at most (default: ${DEFAULT-VALUE}).")
  int inFlight;

  @Option(
      names = "--sm",
      arity = "0..1",
      description =
          "Force the SM crypto suite (--sm) or ECDSA (--sm=false); by default the SDK detects it"
              + " from the node's version string.")
  Boolean sm;

  @Option(
      names = "--timeout",
      defaultValue = "600",
      description = "Seconds to wait for all receipts of a phase (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(
      names = "--seed",
      description =
          "Seed of the transfer pattern (account names, amounts; not the nonces); random by"
              + " default. With dag-transfer, a seed already run on the chain names users that"
              + " exist, so their userAdd fails.")
  Long seed;

  /** The last run's report, for tests. */
  TpsReport report;

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "tps-logback.xml");
    }
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new TpsHarness());
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (count < 1 || accounts < 2 || inFlight < 1 || rate < 0 || peers.isEmpty()) {
      err.println("error: need --count >= 1, --accounts >= 2, --in-flight >= 1, --rate >= 0");
      return 2;
    }
    if (!Workload.NAMES.contains(workload)) {
      err.println("error: --workload must be one of " + String.join(", ", Workload.NAMES));
      return 2;
    }
    if (!Files.isDirectory(sdkDir)) {
      err.println(
          "error: no SDK certificates in "
              + sdkDir.toAbsolutePath()
              + " (start a chain with ./jbcos up, or pass --sdk-dir)");
      return 2;
    }
    Path work = Files.createTempDirectory("jbcos-tps");
    List<BcosSDK> sdks = new ArrayList<>();
    try {
      List<Client> clients = new ArrayList<>();
      for (int i = 0; i < peers.size(); i++) {
        BcosSDK sdk = BcosSDK.build(writeConfig(work, i).toString());
        sdks.add(sdk);
        clients.add(sdk.getClient(group));
      }
      report = run(clients, out);
      report.print(out);
      return report.ok() ? 0 : 1;
    } catch (RuntimeException e) {
      err.println("error: " + e);
      for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        err.println("  caused by: " + c);
      }
      err.flush();
      return 2;
    } finally {
      stopAll(sdks);
      deleteTree(work);
    }
  }

  /**
   * Stops the SDKs, each on a thread of its own: a stop waits out netty's quiet period (~2 s), and
   * the SDK 2.9.3's {@code stopAll} leaves the thread that called it interrupted, which must not be
   * the caller's (its next blocking call would fail).
   */
  private static void stopAll(List<BcosSDK> sdks) {
    List<Thread> stopping = new ArrayList<>();
    for (BcosSDK sdk : sdks) {
      Thread t = new Thread(sdk::stopAll, "tps-sdk-stop");
      t.setDaemon(true);
      t.start();
      stopping.add(t);
    }
    for (Thread t : stopping) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Path writeConfig(Path work, int index) throws IOException {
    Path toml = work.resolve("config-" + index + ".toml");
    Files.writeString(
        toml,
        "[cryptoMaterial]\ncertPath = \""
            + toml(sdkDir.toAbsolutePath().toString())
            + "\"\n[network]\npeers=[\""
            + toml(peers.get(index).trim())
            + "\"]\n[account]\nkeyStoreDir = \""
            + toml(work.resolve("account").toString())
            + "\"\n",
        StandardCharsets.UTF_8);
    return toml;
  }

  private static String toml(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  TpsReport run(List<Client> clients, PrintWriter out) throws InterruptedException {
    Client first = clients.get(0);
    boolean chainSm = first.getCryptoType() == CryptoType.SM_TYPE;
    boolean useSm = sm == null ? chainSm : sm;
    if (useSm != chainSm) {
      out.printf(
          "warning: the SDK detected %s on the node, --sm forces %s%n",
          chainSm ? "SM" : "ECDSA", useSm ? "SM" : "ECDSA");
    }
    CryptoSuite suite =
        useSm == chainSm
            ? first.getCryptoSuite()
            : new CryptoSuite(useSm ? CryptoType.SM_TYPE : CryptoType.ECDSA_TYPE);
    CryptoKeyPair signer = suite.createKeyPair();
    String chainId = first.getClientNodeVersion().getNodeVersion().getChainId();
    BigInteger groupId = BigInteger.valueOf(group);
    String crypto = useSm ? "SM (SM2/SM3)" : "ECDSA (secp256k1/Keccak-256)";
    Workload work = Workload.create(workload, suite);
    out.printf(
        "node %s, chain %s, group %d, %s, %d client(s)%n",
        first.getClientNodeVersion().getNodeVersion().getVersion(),
        chainId,
        group,
        crypto,
        clients.size());
    out.printf("workload %s: %s%n", work.name(), work.description());
    out.flush();

    // deploy and prepare what the transfers call
    Signer sign = new Signer(suite, signer, chainId, groupId);
    String contract = work.setUp(new SigningChain(first, sign, useSm));
    out.printf("transactions go to %s%n", contract);
    out.flush();

    // accounts and the transfer pattern, pre-signed (the set-up transactions too)
    SplittableRandom random = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
    String[] account = new String[accounts];
    for (int i = 0; i < accounts; i++) {
      byte[] a = new byte[20];
      for (int j = 0; j < a.length; j++) {
        a[j] = (byte) random.nextInt(256);
      }
      account[i] = work.account(a);
    }
    int[] from = new int[count];
    int[] to = new int[count];
    long[] amount = new long[count];
    for (int i = 0; i < count; i++) {
      from[i] = random.nextInt(accounts);
      to[i] = (from[i] + 1 + random.nextInt(accounts - 1)) % accounts;
      amount[i] = 1 + random.nextInt(100);
    }
    BigInteger blockLimit = retrying(first::getBlockLimit);
    // nonces are never seeded: FISCO 2.x refuses a nonce the chain has seen, whoever signed it, so
    // two runs with the same --seed on one chain would collide
    SplittableRandom nonces = new SplittableRandom();
    long presignStart = System.nanoTime();
    List<String> setUp =
        presign(
            accounts,
            i -> work.setBalance(account[i], INITIAL_BALANCE),
            sign,
            blockLimit,
            contract,
            nonces);
    List<String> transfers =
        presign(
            count,
            i -> work.transfer(account[from[i]], account[to[i]], BigInteger.valueOf(amount[i])),
            sign,
            blockLimit,
            contract,
            nonces);
    double presignSeconds = (System.nanoTime() - presignStart) / 1e9;
    out.printf(
        "pre-signed %d set-up and %d transfer transactions in %.1f s (block limit %s)%n",
        accounts, count, presignSeconds, blockLimit);
    out.flush();

    try (AsyncSender sender = new AsyncSender(clients, inFlight, 0)) {
      AsyncSender.Batch init = sender.send(setUp, timeoutSeconds);
      for (int i = 0; i < init.size(); i++) {
        Optional<String> failed = failure(init, i, work);
        if (failed.isPresent()) {
          throw new IllegalStateException(
              "setting the balance of " + account[i] + " failed: " + failed.get());
        }
      }
    }
    BigInteger expectedSum = INITIAL_BALANCE.multiply(BigInteger.valueOf(accounts));
    out.printf(
        "set %d balances of %s; sending %d transfers...%n", accounts, INITIAL_BALANCE, count);
    out.flush();

    AsyncSender.Batch run;
    Instant sendStart = Instant.now();
    try (AsyncSender sender = new AsyncSender(clients, inFlight, rate)) {
      run = sender.send(transfers, timeoutSeconds);
    }
    out.printf("transfers sent and answered %s .. %s%n", sendStart, Instant.now());
    out.flush();

    // outcome: statuses, blocks, latencies
    int ok = 0;
    long failedInBlocks = 0;
    Map<String, Integer> failures = new TreeMap<>();
    long firstBlock = Long.MAX_VALUE;
    long lastBlock = -1;
    long lastDone = run.startNanos;
    double[] latencies = new double[count];
    int answered = 0;
    BigInteger[] expected = new BigInteger[accounts];
    Arrays.fill(expected, INITIAL_BALANCE);
    for (int i = 0; i < count; i++) {
      Optional<String> failed = failure(run, i, work);
      if (run.status[i] == null) {
        failures.merge(failed.orElseThrow(), 1, Integer::sum);
        continue;
      }
      latencies[answered++] = (run.doneNanos[i] - run.sentNanos[i]) / 1e6;
      lastDone = Math.max(lastDone, run.doneNanos[i]);
      if (run.block[i] > 0) {
        firstBlock = Math.min(firstBlock, run.block[i]);
        lastBlock = Math.max(lastBlock, run.block[i]);
      }
      if (failed.isEmpty()) {
        ok++;
        BigInteger a = BigInteger.valueOf(amount[i]);
        expected[from[i]] = expected[from[i]].subtract(a);
        expected[to[i]] = expected[to[i]].add(a);
      } else {
        if (run.block[i] > 0) {
          failedInBlocks++;
        }
        failures.merge(failed.get(), 1, Integer::sum);
      }
    }
    double[] sorted = Arrays.copyOf(latencies, answered);
    Arrays.sort(sorted);
    double[] latency = {percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1)};

    long chainMillis = 0;
    long txsInBlocks = 0;
    if (lastBlock >= 0) {
      long parentTime = timestamp(block(first, firstBlock - 1));
      long lastTime = parentTime;
      for (long n = firstBlock; n <= lastBlock; n++) {
        BcosBlock.Block b = block(first, n);
        txsInBlocks += b.getTransactions().size();
        lastTime = timestamp(b);
      }
      chainMillis = lastTime - parentTime;
    } else {
      firstBlock = -1;
    }

    // every balance, read back from the contract
    BigInteger actualSum = BigInteger.ZERO;
    int mismatches = 0;
    List<BigInteger> balances = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      String data = work.balanceOf(account[i]);
      Call call = retrying(() -> first.call(new Transaction(signer.getAddress(), contract, data)));
      if (!"0x0".equals(call.getCallResult().getStatus())) {
        throw new IllegalStateException(
            "reading the balance of "
                + account[i]
                + " failed: "
                + call.getCallResult().getStatus());
      }
      BigInteger balance = work.balance(call.getCallResult().getOutput());
      balances.add(balance);
      actualSum = actualSum.add(balance);
      if (!balance.equals(expected[i])) {
        mismatches++;
      }
    }
    return new TpsReport(
        work.name(),
        contract,
        crypto,
        accounts,
        count,
        ok,
        failures,
        failedInBlocks,
        run.retries.get(),
        run.timedOut,
        firstBlock,
        lastBlock,
        txsInBlocks,
        chainMillis,
        (lastDone - run.startNanos) / 1_000_000,
        latency,
        presignSeconds,
        expectedSum,
        actualSum,
        mismatches,
        balances);
  }

  /**
   * Empty if transaction {@code i} of the batch did what it was asked: status 0 and, for a
   * precompiled contract that answers with a code, code 0; otherwise why not.
   */
  private static Optional<String> failure(AsyncSender.Batch b, int i, Workload work) {
    if (b.status[i] == null) {
      return Optional.of("no receipt");
    }
    if (!b.ok(i)) {
      return Optional.of(describe(b, i));
    }
    return work.refusal(b.output[i]).map(why -> b.status[i] + " " + why);
  }

  private static String describe(AsyncSender.Batch b, int i) {
    String status = b.status[i];
    String name = "";
    try {
      name = ReceiptStatus.ofCode(Numeric.decodeQuantity(status).intValueExact()).message();
    } catch (RuntimeException notAStatus) {
      // an SDK error code (decimal, maybe negative) or no status: keep its message
    }
    String message = b.message[i] == null ? "" : b.message[i];
    return status + " " + (name.isEmpty() ? message : name);
  }

  private static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** A synchronous SDK call, tried again twice if it throws (the SDK times out under load). */
  static <T> T retrying(java.util.function.Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static BcosBlock.Block block(Client client, long number) {
    BcosBlock.Block b =
        retrying(() -> client.getBlockByNumber(BigInteger.valueOf(number), false)).getBlock();
    if (b == null) {
      throw new IllegalStateException("the node has no block " + number);
    }
    return b;
  }

  private static long timestamp(BcosBlock.Block b) {
    return Numeric.decodeQuantity(b.getTimestamp()).longValueExact();
  }

  private static List<String> presign(
      int n,
      java.util.function.IntFunction<String> input,
      Signer sign,
      BigInteger blockLimit,
      String to,
      SplittableRandom random) {
    long[] seeds = new long[n];
    for (int i = 0; i < n; i++) {
      seeds[i] = random.nextLong();
    }
    return IntStream.range(0, n)
        .parallel()
        .mapToObj(i -> sign.sign(blockLimit, to, input.apply(i), new SplittableRandom(seeds[i])))
        .toList();
  }

  /** The set-up's view of the chain: signed by the harness's key, sent through one client. */
  private record SigningChain(Client client, Signer sign, boolean sm) implements Chain {
    @Override
    public TransactionReceipt sendAndWait(String to, String input) {
      return client.sendRawTransactionAndGetReceipt(
          sign.sign(retrying(client::getBlockLimit), to, input, new SplittableRandom()));
    }
  }

  /** Signs transactions of one key for one chain and group; safe across threads. */
  private static final class Signer {
    private final ThreadLocal<TransactionEncoderService> encoder;
    private final CryptoKeyPair key;
    private final BigInteger chainId;
    private final BigInteger groupId;

    Signer(CryptoSuite suite, CryptoKeyPair key, String chainId, BigInteger groupId) {
      this.encoder = ThreadLocal.withInitial(() -> new TransactionEncoderService(suite));
      this.key = key;
      this.chainId = new BigInteger(chainId);
      this.groupId = groupId;
    }

    String sign(BigInteger blockLimit, String to, String input, SplittableRandom random) {
      byte[] nonce = new byte[31];
      for (int i = 0; i < nonce.length; i++) {
        nonce[i] = (byte) random.nextInt(256);
      }
      RawTransaction tx =
          RawTransaction.createTransaction(
              new BigInteger(1, nonce),
              GAS_PRICE,
              GAS_LIMIT,
              blockLimit,
              to,
              BigInteger.ZERO,
              input,
              chainId,
              groupId,
              "");
      return encoder.get().encodeAndSign(tx, key);
    }
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // a temporary file left behind
                }
              });
    } catch (IOException ignored) {
      // nothing to clean
    }
  }
}
