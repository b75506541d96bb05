package org.jbcos.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.amop.AmopCallback;
import org.fisco.bcos.sdk.amop.AmopMsgOut;
import org.fisco.bcos.sdk.amop.AmopResponse;
import org.fisco.bcos.sdk.amop.AmopResponseCallback;
import org.fisco.bcos.sdk.amop.topic.AmopMsgIn;
import org.fisco.bcos.sdk.amop.topic.TopicType;
import org.junit.jupiter.api.Test;

/** The SDK on an ECDSA chain (secp256k1 + Keccak-256 transactions), and AMOP between two SDKs. */
class SdkEcdsaEndToEndTest extends AbstractSdkEndToEndTest {
  @Override
  boolean sm() {
    return false;
  }

  @Test
  void amopReachesAnotherSdkOfTheSameNodeAndTheAnswerComesBack() throws Exception {
    BcosSDK subscriber = BcosSDK.build(toml.toString());
    try {
      subscriber
          .getAmop()
          .subscribeTopic(
              "jbcos-test",
              new AmopCallback() {
                @Override
                public byte[] receiveAmopMsg(AmopMsgIn msg) {
                  return ("pong:" + new String(msg.getContent(), StandardCharsets.UTF_8))
                      .getBytes(StandardCharsets.UTF_8);
                }
              });
      await(() -> servers.channel.subscriberCount("jbcos-test") == 1);
      AmopMsgOut out = new AmopMsgOut();
      out.setTopic("jbcos-test");
      out.setType(TopicType.NORMAL_TOPIC);
      out.setContent("ping".getBytes(StandardCharsets.UTF_8));
      out.setTimeout(5000);
      CompletableFuture<AmopResponse> answer = new CompletableFuture<>();
      sdk.getAmop()
          .sendAmopMsg(
              out,
              new AmopResponseCallback() {
                @Override
                public void onResponse(AmopResponse response) {
                  answer.complete(response);
                }
              });
      AmopResponse response = answer.get(10, TimeUnit.SECONDS);
      assertThat(response.getErrorCode()).isZero();
      assertThat(new String(response.getAmopMsgIn().getContent(), StandardCharsets.UTF_8))
          .isEqualTo("pong:ping");
    } finally {
      subscriber.stopAll();
    }
  }
}
