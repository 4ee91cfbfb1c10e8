package org.channelport.platform.outbox;

/**
 * Delivers the outbox messages of one topic to another system (a CDI bean; one per topic). A
 * message counts as delivered when {@link #deliver} returns; when it throws, the message is tried
 * again later with a growing pause. Messages of one key are delivered one at a time, in order.
 */
public interface OutboxHandler {
  String topic();

  void deliver(OutboxMessage message) throws Exception;
}
