import { c as command, L as ListTagsForResource$, _ as _mw0, a as _ep0 } from './commandBuilder-isjbN7U9.js';

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

export { ListTagsForResourceCommand as L };
