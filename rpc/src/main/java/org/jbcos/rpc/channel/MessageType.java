package org.jbcos.rpc.channel;

/** Channel message types (node libchannelserver/ChannelMessage.h, sdk MsgType). */
public final class MessageType {
  public static final int RPC_REQUEST = 0x12;
  public static final int CLIENT_HEARTBEAT = 0x13;
  public static final int CLIENT_HANDSHAKE = 0x14;
  public static final int CLIENT_REGISTER_EVENT_LOG = 0x15;
  public static final int CLIENT_UNREGISTER_EVENT_LOG = 0x16;
  public static final int AMOP_REQUEST = 0x30;
  public static final int AMOP_RESPONSE = 0x31;
  public static final int AMOP_CLIENT_SUBSCRIBE_TOPICS = 0x32;
  public static final int AMOP_MULTICAST = 0x35;
  public static final int REQUEST_TOPIC_CERT = 0x37;
  public static final int UPDATE_TOPIC_STATUS = 0x38;
  public static final int TRANSACTION_NOTIFY = 0x1000;
  public static final int BLOCK_NOTIFY = 0x1001;
  public static final int EVENT_LOG_PUSH = 0x1002;

  private MessageType() {}
}
