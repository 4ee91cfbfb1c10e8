package org.channelport.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Sends plain-text mails through the configured SMTP server with Jakarta Mail (Payara Micro ships
 * Eclipse Angus Mail). Synchronous: the caller decides what a failure means ({@link
 * MailException}).
 */
@ApplicationScoped
public class Mailer {
  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  MailConfig config;

  protected Mailer() {}

  @Inject
  public Mailer(@ConfigProperties MailConfig config) {
    this.config = config;
  }

  /** A mail could not be handed to the SMTP server. */
  public static class MailException extends Exception {
    public MailException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public boolean configured() {
    return config.host != null && !config.host.isBlank();
  }

  /** Sends one mail to all of {@code to}; without a configured host it is only logged. */
  public void send(List<String> to, String subject, String body) throws MailException {
    if (to.isEmpty()) {
      return;
    }
    if (!configured()) {
      LOG.warning(() -> "No mail host configured (channelport.mail.host); not sent: " + subject);
      return;
    }
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", config.host.strip());
    props.put("mail.smtp.port", String.valueOf(config.port));
    String timeout = String.valueOf(config.timeoutSeconds * 1000L);
    props.put("mail.smtp.connectiontimeout", timeout);
    props.put("mail.smtp.timeout", timeout);
    props.put("mail.smtp.writetimeout", timeout);
    Session session = Session.getInstance(props);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(config.from, true));
      InternetAddress[] recipients = new InternetAddress[to.size()];
      for (int i = 0; i < to.size(); i++) {
        recipients[i] = new InternetAddress(to.get(i), true);
      }
      message.setRecipients(Message.RecipientType.TO, recipients);
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (AddressException e) {
      throw new MailException("bad address: " + e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailException("SMTP " + config.host + ":" + config.port + ": " + e.getMessage(), e);
    }
  }
}
