package vn.motcua.deadlines;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.engine.Privileged;

/**
 * E-mail copies of notifications, when Spring Mail is configured ({@code spring.mail.host}). Sent only
 * after the transaction that wrote the notification commits: a rolled-back or retried job sends nothing.
 */
@Component
class NotificationMail {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ProcessEngine engine;

    NotificationMail(ObjectProvider<JavaMailSender> sender, @Lazy ProcessEngine engine) {
        this.sender = sender;
        this.engine = engine;
    }

    void afterCommit(List<String> groups, String message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        // every member's address, whoever's request raised the notification (users read few accounts)
        List<String> addresses = groups.stream()
                // without checks (users read few accounts), and unlimited: queryMaxResultsLimit is for user queries
                .flatMap(group -> Privileged.call(engine, () -> engine.getIdentityService().createUserQuery()
                        .memberOfGroup(group).unlimitedList()).stream())
                .map(User::getEmail).filter(Objects::nonNull).filter(email -> !email.isBlank()).distinct().toList();
        if (addresses.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                SimpleMailMessage email = new SimpleMailMessage();
                email.setTo(addresses.toArray(String[]::new));
                email.setSubject("[Motcua] " + (message.length() > 80 ? message.substring(0, 80) + "…" : message));
                email.setText(message);
                try {
                    mail.send(email);
                } catch (MailException e) {
                    LOG.warn("E-mail of a notification could not be sent: {}", e.getMessage());
                }
            }
        });
    }
}
