package io.partybranch.members.service;

import io.partybranch.common.codec.Sha256;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.config.DocumentsConfig;
import io.partybranch.members.domain.DocumentType;
import io.partybranch.members.repository.DevelopmentDocument;
import io.partybranch.members.repository.DevelopmentStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Documents attached to the steps of a development file: checked by their bytes against the allowed
 * types and by size, stored through the {@link DocumentStore}, listed and read only within the
 * caller's scope (a step of a member outside it is not found). Names and contents are personal data:
 * they never reach a log line or an event.
 */
@ApplicationScoped
@Transactional
public class DevelopmentDocumentService {

    @Inject
    DevelopmentFileService files;

    @Inject
    DocumentStore store;

    @Inject
    DocumentsConfig config;

    @Inject
    CallerScope caller;

    /** A document as the caller hands it over: its name, the type it declares and its bytes. */
    public record Upload(String fileName, String declaredType, byte[] content) {
    }

    public record Download(DevelopmentDocument document, byte[] content) {
    }

    public DevelopmentDocument attach(UUID memberId, UUID stepId, Upload upload) {
        DevelopmentStep step = files.step(memberId, stepId);
        caller.requireWritable(step.organizationId);
        DocumentType type = checkedType(upload);
        if (DevelopmentDocument.count("stepId", stepId) >= config.maxPerStep()) {
            throw ProblemException.invalid("stepId", "holds " + config.maxPerStep() + " documents already, the most a step takes");
        }
        DevelopmentDocument document = new DevelopmentDocument();
        document.id = UUID.randomUUID();
        document.memberId = step.memberId;
        document.organizationId = step.organizationId;
        document.stepId = step.id;
        document.fileName = upload.fileName();
        document.contentType = type.mediaType();
        document.sizeBytes = upload.content().length;
        document.sha256 = Sha256.hex(upload.content());
        document.uploadedBy = caller.subject();
        document.uploadedAt = BusinessCalendar.now();
        document.persistAndFlush();
        store.put(document.id, upload.content());
        return document;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DevelopmentDocument> list(UUID memberId, UUID stepId) {
        files.step(memberId, stepId);
        return DevelopmentDocument.ofStep(stepId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID memberId, UUID stepId, UUID documentId) {
        files.step(memberId, stepId);
        DevelopmentDocument document = DevelopmentDocument.findById(documentId);
        if (document == null || !document.stepId.equals(stepId)) {
            throw ProblemException.notFound("Document", documentId);
        }
        byte[] content = store.get(documentId);
        if (content == null) {
            throw ProblemException.notFound("Document", documentId);
        }
        return new Download(document, content);
    }

    private DocumentType checkedType(Upload upload) {
        DocumentType declared = DocumentType.ofMediaType(upload.declaredType()).orElseThrow(() -> unsupported(
                "a document is a PDF, JPEG, PNG or Word (.docx) file; Content-Type " + upload.declaredType() + " is none of them"));
        if (upload.content().length == 0) {
            throw ProblemException.invalid("body", "is empty; the body is the document itself");
        }
        if (upload.content().length > config.maxBytes()) {
            throw ProblemException.invalid("body", "is " + upload.content().length + " bytes; a document is at most " + config.maxBytes());
        }
        if (!declared.matches(upload.content())) {
            throw unsupported("the body is not a " + declared + " file, as its Content-Type " + declared.mediaType() + " says");
        }
        return declared;
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, "/problems/unsupported-media-type", "不支持的文件类型", detail, null);
    }

}
