package com.thrizer.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Sends emails after the transaction that decided them commits: a rolled-back change sends nothing. A failed send is
 * logged (without the address) and does not undo the committed change.
 */
@ApplicationScoped
class EmailSender {
    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingEmail email) {
        try {
            mailer.send(Mail.withText(email.to(), email.subject(), email.text()));
        } catch (RuntimeException e) {
            LOG.errorf("Email not sent: %s (%s)", email.subject(), e.getClass().getName());
        }
    }
}
