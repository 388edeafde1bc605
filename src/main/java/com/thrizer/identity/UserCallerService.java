package com.thrizer.identity;

import com.thrizer.clients.domain.ClientAccountService;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.Roles;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.security.UserCallers;
import com.thrizer.shared.time.Clocks;
import com.thrizer.team.domain.TeamMembershipService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Links a verified token to our records and decides the caller's effective roles:
 * <ul>
 *   <li>the user is found by the token's subject; on first sign-in by verified email, else created;
 *   <li>practice roles come from the user's active team membership (admins change them through the API);
 *   <li>{@code client} comes from a linked client record;
 *   <li>{@code operator} (platform staff) comes only from the token's roles claim.
 * </ul>
 */
@ApplicationScoped
public class UserCallerService implements UserCallers {
    private static final Logger LOG = Logger.getLogger(UserCallerService.class);

    private final UserRepository users;
    private final TeamMembershipService memberships;
    private final ClientAccountService clientAccounts;
    private final Clock clock;

    UserCallerService(
            UserRepository users, TeamMembershipService memberships, ClientAccountService clientAccounts, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.clientAccounts = clientAccounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Caller resolve(OidcLogin login) {
        String verifiedEmail = login.emailVerified() && login.email() != null
                ? login.email().trim().toLowerCase(Locale.ROOT)
                : null;
        Optional<User> user = linkedUser(login.subject(), verifiedEmail);
        String identity = login.issuer() + " " + login.subject();
        Set<String> roles = new HashSet<>();
        if (login.tokenRoles().contains(Roles.OPERATOR)) {
            roles.add(Roles.OPERATOR);
        }
        if (user.isEmpty()) {
            return new Caller(
                    Caller.Type.USER, null, verifiedEmail, null, null, null, null, null, roles, Set.of(), identity);
        }
        return userCaller(user.get(), roles, identity);
    }

    /** A known user: their team role and its scopes (while active), their client record if they have one. */
    private Caller userCaller(User user, Set<String> roles, String identity) {
        UUID userId = user.id;
        Set<String> scopes = new HashSet<>();
        UUID practiceId = null;
        UUID teamMemberId = null;
        Optional<TeamMembershipService.Membership> membership = memberships.forUser(userId, user.email);
        if (membership.isPresent() && membership.get().active()) {
            String role = membership.get().role().name().toLowerCase(Locale.ROOT);
            roles.add(role);
            scopes.addAll(Scopes.ofRole(role));
            practiceId = membership.get().practiceId();
            teamMemberId = membership.get().teamMemberId();
        }
        Optional<ClientAccountService.ClientAccount> client = clientAccounts.forUser(userId, user.email);
        if (client.isPresent()) {
            roles.add(Roles.CLIENT);
        }
        return new Caller(
                Caller.Type.USER,
                userId,
                user.email,
                null,
                practiceId,
                teamMemberId,
                client.map(ClientAccountService.ClientAccount::clientId).orElse(null),
                client.map(ClientAccountService.ClientAccount::practiceId).orElse(null),
                roles,
                scopes,
                identity);
    }

    private Optional<User> linkedUser(String subject, String verifiedEmail) {
        Optional<User> bySubject = users.findBySubject(subject);
        if (bySubject.isPresent()) {
            return bySubject;
        }
        if (verifiedEmail != null) {
            Optional<User> byEmail = users.findByEmail(verifiedEmail);
            if (byEmail.isPresent()) {
                User existing = byEmail.get();
                if (existing.oidcSubject == null) {
                    existing.oidcSubject = subject;
                    return byEmail;
                }
                if (existing.oidcSubject.equals(subject)) {
                    // a concurrent first sign-in of this identity created the user since the lookup by subject
                    return byEmail;
                }
                // the email belongs to another sign-in identity: never merge two identities silently
                LOG.warnf("Sign-in not linked: email already linked to user %s under another subject", existing.id);
                return Optional.empty();
            }
        }
        users.insertIfAbsent(UUID.randomUUID(), subject, verifiedEmail, Clocks.now(clock));
        return users.findBySubject(subject);
    }
}
