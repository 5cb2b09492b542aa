import { c as command, L as ListTagsForResource$, _ as _mw0, a as _ep0 } from './commandBuilder-DjRIH90Z.js';

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

export { ListTagsForResourceCommand as L };
