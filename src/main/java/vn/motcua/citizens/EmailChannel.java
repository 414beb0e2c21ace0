package vn.motcua.citizens;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.motcua.cases.Applicant;

/**
 * E-mail through the SMTP server of {@code spring.mail.*} (the one staff notifications use), from
 * {@code app.citizens.mail-from}. Without {@code spring.mail.host} there is no mail sender and the channel
 * queues nothing.
 */
@Component
class EmailChannel implements CitizenChannel {

    static final String NAME = "email";

    private final ObjectProvider<JavaMailSender> sender;
    private final CitizenSettings settings;

    EmailChannel(ObjectProvider<JavaMailSender> sender, CitizenSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public Optional<String> addressOf(Applicant applicant) {
        return Optional.ofNullable(applicant.email()).map(String::trim).filter(email -> !email.isEmpty());
    }

    @Override
    public void send(CitizenMessage message) throws CitizenChannelException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new CitizenChannelException("no SMTP server configured (spring.mail.host)", false, null);
        }
        try {
            MimeMessage email = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(email, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.text(), false);
            // the same Message-ID on every attempt: a copy sent again after a crash between the server's
            // acceptance and our record of it is recognisable as the same message (JavaMailSenderImpl keeps it)
            email.setHeader("Message-ID", messageId(message));
            email.setHeader("Auto-Submitted", "auto-generated");
            mail.send(email);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new CitizenChannelException("the message could not be written: " + e.getClass().getSimpleName(), true, e);
        } catch (MailAuthenticationException e) {
            throw new CitizenChannelException("the SMTP server refused our credentials", false, e);
        } catch (MailSendException e) {
            throw new CitizenChannelException(describe(e), refusedAddress(e), e);
        } catch (MailException e) {
            throw new CitizenChannelException(e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()), false, e);
        }
    }

    /** The server refused the recipient itself (SMTP 5xx on RCPT): trying again cannot help. */
    private static boolean refusedAddress(MailSendException e) {
        return e.getFailedMessages().values().stream().anyMatch(failure -> failure instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
    }

    /** Why it failed, without the address (the log and the table's error column are read by staff). */
    private static String describe(MailSendException e) {
        Throwable cause = e.getFailedMessages().values().stream().findFirst().map(Throwable.class::cast).orElse(e);
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause instanceof SendFailedException ? "" : ": " + oneLine(cause.getMessage()));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }

    static String messageId(CitizenMessage message) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((message.key() + "|" + message.channel()).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".citizen@motcua>";
    }
}
