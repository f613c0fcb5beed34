package nl.waakvlam.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public API of the accounts: create and look up users. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with that username exists; returns the stored account. */
    @Transactional
    public UserSummary createIfAbsent(NewAccount command) {
        String username = command.username().trim().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(username).map(UserSummary::of).orElseGet(() -> UserSummary.of(accounts.save(
                new UserAccount(username, passwordEncoder.encode(command.rawPassword()), command.displayName(),
                        command.email(), command.phone(), command.role(), command.organisationId(),
                        command.departmentId(), clock.instant()))));
    }

    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsername(username.toLowerCase(Locale.ROOT)).map(UserSummary::of);
    }

    public List<UserSummary> withRole(Role role) {
        return accounts.findByRoleOrderByDisplayName(role).stream().map(UserSummary::of).toList();
    }

    /** Accounts by id in one query, for pages that show names next to ids. */
    public Map<Long, UserSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(ids).stream().map(UserSummary::of)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    public Page<UserSummary> page(Pageable pageable) {
        return accounts.findAllByOrderByRoleAscDisplayNameAsc(pageable).map(UserSummary::of);
    }
}
