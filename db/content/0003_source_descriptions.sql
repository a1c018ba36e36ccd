-- A short description of each source, shown with it in the source list. The three suggested project feeds say
-- that their projects have ended (funded periods 1 October 2022 to 30 September 2024, per their CORDIS reports),
-- so that nobody mistakes a silent feed for a broken one.
ALTER TABLE sources ADD COLUMN description TEXT;

UPDATE sources SET description =
    'News of the PROCEDIN project (circular economy and green mobility). The project ended in September 2024, '
    || 'so this feed may be silent or gone; the Innovation Procurement Task Force it helped found carries on.'
WHERE suggested = 1 AND url = 'https://procedin.eu/feed/';

UPDATE sources SET description =
    'News of the BUILD project (training in innovation procurement). Its funded period ended on '
    || '30 September 2024, so this feed may be silent or gone; the Innovation Procurement Task Force it helped '
    || 'found carries on.'
WHERE suggested = 1 AND url = 'https://www.build-procurement.eu/feed/';

UPDATE sources SET description =
    'News of the Health InnoFacilitator project (innovation procurement in healthcare). Its funding ended on '
    || '30 September 2024, so this feed may be silent or gone; the Innovation Procurement Task Force it helped '
    || 'found carries on.'
WHERE suggested = 1 AND url = 'https://innofacilitator.eu/news/rss';
