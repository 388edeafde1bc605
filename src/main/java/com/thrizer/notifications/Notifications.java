package com.thrizer.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * The emails the platform sends. Minimum necessary: no health or payment data, no names beyond a first name, links
 * instead of content.
 */
@ApplicationScoped
public class Notifications {
    private final Event<OutgoingEmail> emails;
    private final AppConfig config;
    private final SupportConfig support;

    Notifications(Event<OutgoingEmail> emails, AppConfig config, SupportConfig support) {
        this.emails = emails;
        this.config = config;
        this.support = support;
    }

    public void teamInvitation(String to, String firstName, String practiceName) {
        send(
                to,
                "You're invited to join " + practiceName + " on Thrizer",
                "Hi " + firstName + ",\n\n" + practiceName + " added you to their team on Thrizer.\n"
                        + "Sign in with this email address to get started: " + config.dashboardUrl() + "/sign-in\n");
    }

    public void clientInvitation(String to, String firstName, String practiceName, String token) {
        send(
                to,
                practiceName + " invited you to Thrizer",
                "Hi " + firstName + ",\n\n" + practiceName + " uses Thrizer for billing and insurance reimbursement.\n"
                        + "Accept your invitation (the link works once and expires in 14 days):\n"
                        + config.dashboardUrl() + "/invitations/" + token + "\n");
    }

    public void clinicianInvitation(String to, String clinicianFirstName, String clientFirstName) {
        send(
                to,
                clientFirstName + " invited you to Thrizer",
                "Hi " + clinicianFirstName + ",\n\n" + clientFirstName
                        + " would like to pay for sessions with you through"
                        + " Thrizer, which files out-of-network claims for your clients.\n"
                        + "Learn more and sign up: " + config.dashboardUrl() + "/sign-up\n");
    }

    public void supportRequest(String requestId, String topic) {
        send(
                support.inbox(),
                "Support request " + requestId,
                "A client opened support request " + requestId + " (topic " + topic + ").\n"
                        + "Read it in the operator console.\n");
    }

    /** A payout the bank refused: the amount is back in the balance; the payout account needs a look. */
    public void payoutFailed(String to, String practiceName, String amount, String last4, String failureCode) {
        send(
                to,
                "A payout to your bank account failed",
                "Hello,\n\nThe payout of $" + amount + " for " + practiceName + " to the account ending " + last4
                        + " was returned by the bank (" + failureCode + ").\n"
                        + "The amount is back in your Thrizer balance and goes out with the next payout.\n"
                        + "Please check your payout account: " + config.dashboardUrl() + "/settings/payouts\n");
    }

    /** A webhook endpoint failed for the whole retry window and was disabled; events stay listed for replay. */
    public void webhookEndpointDisabled(String to, String practiceName, String host, String endpointId) {
        send(
                to,
                "A webhook endpoint was disabled",
                "Hello,\n\nEvery delivery of " + practiceName + "'s events to the webhook endpoint at " + host
                        + " (id " + endpointId + ") failed for 3 days, so it was disabled.\n"
                        + "Fix the receiver, enable the endpoint again, and catch up from GET /v1/events: "
                        + config.dashboardUrl() + "/settings/developers\n");
    }

    private void send(String to, String subject, String text) {
        emails.fire(new OutgoingEmail(to, subject, text));
    }
}
