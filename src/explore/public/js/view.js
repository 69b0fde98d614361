// The view in the URL, so an analyst can send a link: the node searched for,
// the nodes expanded, the one selected, depth, hidden labels, hubs, folded
// claims, curated facts only, the time range and the path. history.replaceState keeps it current.

const LIST = (s) => (s ? s.split(',').filter(Boolean) : []);

export function readView(search = location.search) {
  const q = new URLSearchParams(search);
  const range = q.get('from') && q.get('to') ? [q.get('from'), q.get('to')] : null;
  return {
    root: q.get('node'),
    expanded: LIST(q.get('expand')),
    selected: q.get('select'),
    depth: Number(q.get('depth')) || 1,
    hiddenLabels: LIST(q.get('hide')),
    hideHubs: q.get('hubs') === 'hide',
    foldClaims: q.get('claims') === 'fold',
    curatedOnly: q.get('facts') === 'curated',
    range,
    path: q.get('path') ? LIST(q.get('path')).slice(0, 2) : null,
    pathOptions: { k: Number(q.get('k')) || 1, all: q.get('all') === '1', avoidHubs: q.get('avoid') === 'hubs', eventsOnly: q.get('follow') === 'events' },
  };
}

export function writeView(view) {
  const q = new URLSearchParams();
  if (view.root) q.set('node', view.root);
  if (view.expanded.length) q.set('expand', view.expanded.join(','));
  if (view.selected) q.set('select', view.selected);
  if (view.depth !== 1) q.set('depth', String(view.depth));
  if (view.hiddenLabels.length) q.set('hide', view.hiddenLabels.join(','));
  if (view.hideHubs) q.set('hubs', 'hide');
  if (view.foldClaims) q.set('claims', 'fold');
  if (view.curatedOnly) q.set('facts', 'curated');
  if (view.range) {
    q.set('from', view.range[0]);
    q.set('to', view.range[1]);
  }
  if (view.path) {
    q.set('path', view.path.join(','));
    const o = view.pathOptions;
    if (o.k !== 1) q.set('k', String(o.k));
    if (o.all) q.set('all', '1');
    if (o.avoidHubs) q.set('avoid', 'hubs');
    if (o.eventsOnly) q.set('follow', 'events');
  }
  const text = q.toString();
  const url = `${location.pathname}${text ? `?${text}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  return location.href;
}
