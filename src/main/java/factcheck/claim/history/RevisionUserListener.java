package factcheck.claim.history;

import factcheck.account.SignedInUser;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user. Envers creates listeners itself, hence no injection; changes made
 * outside a request (start-up, demo data) get no name.
 */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).username = SignedInUser.usernameOrNull();
    }
}
