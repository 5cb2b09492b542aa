import { c as command, C as CreateDocument$, _ as _mw0, a as _ep0, b as DescribeDocument$, U as UpdateDocument$, d as UpdateDocumentDefaultVersion$ } from './commandBuilder-RS78BTiN.js';

class CreateDocumentCommand extends command(_ep0, _mw0, "CreateDocument", CreateDocument$) {
}

class DescribeDocumentCommand extends command(_ep0, _mw0, "DescribeDocument", DescribeDocument$) {
}

class UpdateDocumentCommand extends command(_ep0, _mw0, "UpdateDocument", UpdateDocument$) {
}

class UpdateDocumentDefaultVersionCommand extends command(_ep0, _mw0, "UpdateDocumentDefaultVersion", UpdateDocumentDefaultVersion$) {
}

export { CreateDocumentCommand as C, DescribeDocumentCommand as D, UpdateDocumentDefaultVersionCommand as U, UpdateDocumentCommand as a };
