package factcheck.account;

import factcheck.support.EmptyDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An empty database gets one admin (tests run without demo data and without a configured password). */
@QuarkusTest
@EmptyDatabase
class FirstAccountsTest {

    @Inject
    FirstAccounts firstAccounts;

    @Test
    void emptyDatabaseGetsAnAdminWithAGeneratedPassword() {
        assertTrue(firstAccounts.createIfEmpty());

        List<Account> all = QuarkusTransaction.requiringNew().call(() -> Account.<Account>listAll());
        assertEquals(1, all.size());
        assertEquals("admin", all.get(0).username);
        assertEquals(Role.ADMIN, all.get(0).role);
        assertTrue(all.get(0).enabled);
    }

    @Test
    void existingAccountsAreLeftAlone() {
        assertTrue(firstAccounts.createIfEmpty());

        assertFalse(firstAccounts.createIfEmpty());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Account.count()));
    }
}
