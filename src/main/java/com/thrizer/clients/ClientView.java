package com.thrizer.clients;

import com.thrizer.paymentmethods.PaymentMethod;
import java.util.List;

/** A client as the practice sees it: connections (a clinician: only their own) and the default card. */
public record ClientView(Client client, List<ConnectionView> connections, PaymentMethod defaultCard) {}
