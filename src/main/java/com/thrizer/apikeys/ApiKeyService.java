package com.thrizer.apikeys;

import com.thrizer.audit.AuditAction;
import com.thrizer.audit.AuditTrail;
import com.thrizer.shared.error.ValidationException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.security.ApiKeyCallers;
import com.thrizer.shared.security.Caller;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.Scopes;
import com.thrizer.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Practice API keys: created with scopes, shown once, stored hashed, revocable. */
@ApplicationScoped
@Transactional
public class ApiKeyService implements ApiKeyCallers {
    public static final String RESOURCE = "API_KEY";

    private final ApiKeyRepository keys;
    private final ApiKeyConfig config;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, ApiKeyConfig config, CallerContext callers, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new key and its secret: the only moment the secret exists outside the caller's hands. */
    public record CreatedKey(ApiKey key, String secret) {
        @Override
        public String toString() {
            return "CreatedKey[" + key.id + "]";
        }
    }

    public CreatedKey create(String name, Set<String> scopes) {
        if (name.isBlank()) {
            throw ValidationException.of("name", "required", "must not be blank");
        }
        String secret = ApiKeySecrets.generate(config.prefix());
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.createdAt = Clocks.now(clock);
        key.name = name.trim();
        key.mode = config.prefix().contains("live") ? ApiKey.Mode.LIVE : ApiKey.Mode.TEST;
        key.keyHash = ApiKeySecrets.hash(secret);
        key.keyPrefix = config.prefix();
        key.keyLast4 = secret.substring(secret.length() - 4);
        key.scopes = String.join(" ", Scopes.ordered(scopes));
        key.createdBy = callers.caller().userId();
        keys.persist(key);
        audit.record(AuditAction.CREATE, RESOURCE, key.id);
        return new CreatedKey(key, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApiKey> list(PageRequest page) {
        return keys.list(page);
    }

    /** Revokes at once; revoking a revoked key changes nothing and answers it again. */
    public ApiKey revoke(UUID id) {
        ApiKey key = keys.getById(id);
        if (!key.isRevoked()) {
            key.revokedAt = Clocks.now(clock);
            key.revokedBy = callers.caller().userId();
            audit.record(AuditAction.DELETE, RESOURCE, key.id);
        }
        return key;
    }

    @Override
    public Optional<Caller> authenticate(String presentedKey) {
        if (!presentedKey.startsWith(config.prefix()) || presentedKey.length() > 100) {
            return Optional.empty();
        }
        return keys.findActiveByHashAcrossPractices(ApiKeySecrets.hash(presentedKey))
                .map(key -> {
                    Instant now = Clocks.now(clock);
                    keys.touchLastUsed(key.id, now);
                    return new Caller(
                            Caller.Type.API_KEY,
                            null,
                            null,
                            key.id,
                            key.practiceId,
                            null,
                            null,
                            null,
                            Set.of(),
                            key.scopeSet(),
                            null);
                });
    }
}
