package com.thrizer.notifications;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Sends emails after the transaction that decided them commits: a rolled-back change sends nothing. SMTP in
 * production; the {@link MockMailbox} in dev and tests. A failed send is logged (without the address) and does not
 * undo the committed change.
 */
@ApplicationScoped
class EmailSender {
    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private final MailConfig config;
    private final MockMailbox mockMailbox;
    private final Vertx vertx;
    private MailClient client;

    EmailSender(MailConfig config, MockMailbox mockMailbox, Vertx vertx) {
        this.config = config;
        this.mockMailbox = mockMailbox;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (config.mock()) {
            return;
        }
        String host = config.host()
                .filter(h -> !h.isBlank())
                .orElseThrow(() -> new IllegalStateException("MAIL_HOST is required unless MAIL_MOCK=true"));
        var options = new io.vertx.ext.mail.MailConfig()
                .setHostname(host)
                .setPort(config.port())
                .setStarttls(StartTLSOptions.valueOf(config.startTls()));
        config.username().filter(u -> !u.isBlank()).ifPresent(options::setUsername);
        config.password().filter(p -> !p.isBlank()).ifPresent(options::setPassword);
        client = MailClient.createShared(vertx, options, "thrizer");
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingEmail email) {
        if (config.mock()) {
            mockMailbox.add(new MockMailbox.SentEmail(email.to(), email.subject(), email.text()));
            // dev mode shows mock emails (demo data only) so invitation links can be followed; see api/examples.md
            LOG.debugf("Mock email \"%s\":%n%s", email.subject(), email.text());
            return;
        }
        MailMessage message = new MailMessage()
                .setFrom(config.from())
                .setTo(email.to())
                .setSubject(email.subject())
                .setText(email.text());
        client.sendMail(message)
                .onFailure(e -> LOG.errorf(
                        "Email not sent: %s (%s)", email.subject(), e.getClass().getName()));
    }
}
