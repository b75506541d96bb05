package org.jbcos.tools.evm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared Ethereum fixtures, and holds small handmade state tests. */
final class StateFixtures {
  /** The sender of the fixtures' transactions and the key it signs with. */
  static final String SENDER = "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b";

  static final String SECRET_KEY =
      "0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8";

  /** State root of {@link #SENDER} alone holding 1 ether, nonce 0. */
  static final String SENDER_ONLY_ROOT =
      "0x517f2cdf6adb1a644878c390ffab4e130f1bed4b498ef7ce58c5addd98d61018";

  static final String EMPTY_LOGS =
      "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

  private StateFixtures() {}

  /**
   * {@code shared/fixtures/ethereum-tests/GeneralStateTests}, found by walking up from the working
   * directory (the module directory under Maven) to the folder beside which {@code shared} lies.
   */
  static Optional<Path> generalStateTests() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures/ethereum-tests/GeneralStateTests");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A test whose transaction is invalid for every gas index (above the block gas limit, the first
   * beyond 256 bits' worth of longs): the state must stay the pre-state. {@code expectedRoot} goes
   * into every post entry.
   */
  static String invalidGasTest(String name, String expectedRoot) {
    return """
        {
          "%s": {
            "env": {
              "currentCoinbase": "0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba",
              "currentDifficulty": "0x020000",
              "currentGasLimit": "0x0f4240",
              "currentNumber": "0x01",
              "currentTimestamp": "0x03e8",
              "previousHash": "0x5e20a0453cecd065ea59c37ac63e079ee08998b6045136a8ce6635c7912ec0b6"
            },
            "pre": {
              "%s": {"balance": "0x0de0b6b3a7640000", "code": "0x", "nonce": "0x00", "storage": {}}
            },
            "transaction": {
              "data": ["0x"],
              "gasLimit": [
                "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
                "0x0f4241"
              ],
              "gasPrice": "0x01",
              "nonce": "0x00",
              "secretKey": "%s",
              "to": "0x095e7baea6a6c7c4c2dfeb977efac326af552d87",
              "value": ["0x00"]
            },
            "post": {
              "Byzantium": [],
              "ConstantinopleFix": [
                {"indexes": {"data": 0, "gas": 0, "value": 0}, "hash": "%s", "logs": "%s"},
                {"indexes": {"data": 0, "gas": 1, "value": 0}, "hash": "%s", "logs": "%s"}
              ]
            }
          }
        }
        """
        .formatted(name, SENDER, SECRET_KEY, expectedRoot, EMPTY_LOGS, expectedRoot, EMPTY_LOGS);
  }
}
