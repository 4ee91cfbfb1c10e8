/**
 * Outgoing mail: {@link org.channelport.platform.mail.Mailer} sends plain-text mails through the
 * SMTP server of {@link org.channelport.platform.mail.MailConfig} (Jakarta Mail; the dev stack and
 * the integration tests run GreenMail). Knows no capability.
 */
package org.channelport.platform.mail;
