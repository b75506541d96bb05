package org.jbcos.rpc.channel;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.rpc.TestCerts;

/** A bare channel client over JDK TLS: sends frames, collects what the node sends back. */
final class TestChannelClient implements AutoCloseable {
  final BlockingQueue<ChannelMessage> received = new LinkedBlockingQueue<>();
  private final EventLoopGroup group = new NioEventLoopGroup(1);
  private final Channel channel;

  TestChannelClient(int port, TestCerts certs) throws Exception {
    this(port, certs.ca, certs.sdk);
  }

  /** A client presenting {@code leaf} followed by {@code issuers}, trusting {@code ca}. */
  TestChannelClient(
      int port, IssuedCertificate ca, IssuedCertificate leaf, IssuedCertificate... issuers)
      throws Exception {
    X509Certificate[] chain = new X509Certificate[1 + issuers.length];
    chain[0] = jdk(leaf);
    for (int i = 0; i < issuers.length; i++) {
      chain[i + 1] = jdk(issuers[i]);
    }
    SslContext ssl =
        SslContextBuilder.forClient()
            .keyManager(key(leaf), chain)
            .trustManager(jdk(ca))
            .sslProvider(SslProvider.JDK)
            .protocols("TLSv1.2")
            .build();
    channel =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(ssl.newHandler(ch.alloc()))
                        .addLast(new ChannelFrameCodec(Integer.MAX_VALUE))
                        .addLast(
                            new SimpleChannelInboundHandler<ChannelMessage>() {
                              @Override
                              protected void channelRead0(
                                  ChannelHandlerContext ctx, ChannelMessage m) {
                                received.add(m);
                              }
                            });
                  }
                })
            .connect("127.0.0.1", port)
            .sync()
            .channel();
    channel.pipeline().get(SslHandler.class).handshakeFuture().sync();
  }

  static String newSeq() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  ChannelMessage request(int type, String body) {
    ChannelMessage m = new ChannelMessage(type, newSeq(), 0, body.getBytes(StandardCharsets.UTF_8));
    send(m);
    return m;
  }

  void send(ChannelMessage m) {
    channel.writeAndFlush(m).syncUninterruptibly();
  }

  /** Writes raw bytes past the codec (malformed frames). */
  void sendRaw(byte[] bytes) {
    channel
        .pipeline()
        .context(ChannelFrameCodec.class)
        .writeAndFlush(Unpooled.wrappedBuffer(bytes));
  }

  ChannelMessage next() throws InterruptedException {
    ChannelMessage m = received.poll(10, TimeUnit.SECONDS);
    if (m == null) {
      throw new AssertionError("no frame from the node within 10 s");
    }
    return m;
  }

  boolean closedWithin(long seconds) {
    return channel.closeFuture().awaitUninterruptibly(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private static X509Certificate jdk(IssuedCertificate c) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(c.certificate().getEncoded()));
  }

  private static PrivateKey key(IssuedCertificate c) throws Exception {
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(c.privateKey().getEncoded()));
  }
}
