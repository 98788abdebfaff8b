package factcheck.api;

import factcheck.claim.Note;

import java.time.Instant;

record NoteResponse(long id, long claimId, String text, String author, Instant createdAt) {

    public static NoteResponse from(Note note) {
        return new NoteResponse(note.id, note.claim.id, note.text, note.author, note.createdAt);
    }
}
