import { g as getDefaultExportFromCjs } from './_commonjsHelpers-BFTU3MAI.js';

var winkPorter2Stemmer;
var hasRequiredWinkPorter2Stemmer;

function requireWinkPorter2Stemmer () {
	if (hasRequiredWinkPorter2Stemmer) return winkPorter2Stemmer;
	hasRequiredWinkPorter2Stemmer = 1;
	//     wink-porter2-stemmer
	//     Implementation of Porter Stemmer Algorithm V2 by Dr Martin F Porter
	//
	//     Copyright (C) 2017-19  GRAYPE Systems Private Limited
	//
	//     This file is part of “wink-porter2-stemmer”.
	//
	//     Permission is hereby granted, free of charge, to any person obtaining a
	//     copy of this software and associated documentation files (the "Software"),
	//     to deal in the Software without restriction, including without limitation
	//     the rights to use, copy, modify, merge, publish, distribute, sublicense,
	//     and/or sell copies of the Software, and to permit persons to whom the
	//     Software is furnished to do so, subject to the following conditions:
	//
	//     The above copyright notice and this permission notice shall be included
	//     in all copies or substantial portions of the Software.
	//
	//     THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
	//     OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
	//     FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL
	//     THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
	//     LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
	//     FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
	//     DEALINGS IN THE SOFTWARE.

	// Implements the Porter Stemmer Algorithm V2 by Dr Martin F Porter.
	// Reference: https://snowballstem.org/algorithms/english/stemmer.html

	// ## Regex Definitions

	// Regex definition of `double`.
	var rgxDouble = /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/;
	// Definition for Step Ia suffixes.
	var rgxSFXsses = /(.+)(sses)$/;
	var rgxSFXiedORies2 = /(.{2,})(ied|ies)$/;
	var rgxSFXiedORies1 = /(.{1})(ied|ies)$/;
	var rgxSFXusORss = /(.+)(us|ss)$/;
	var rgxSFXs = /(.+)(s)$/;
	// Definition for Step Ib suffixes.
	var rgxSFXeedlyOReed = /(.*)(eedly|eed)$/;
	var rgxSFXedORedlyORinglyORing = /([aeiouy].*)(ed|edly|ingly|ing)$/;
	var rgxSFXatORblORiz = /(at|bl|iz)$/;
	// Definition for Step Ic suffixes.
	var rgxSFXyOR3 = /(.+[^aeiouy])([y3])$/;
	// Definition for Step II suffixes; note we have spot the longest suffix.
	var rgxSFXstep2 = /(ization|ational|fulness|ousness|iveness|tional|biliti|lessli|entli|ation|alism|aliti|ousli|iviti|fulli|enci|anci|abli|izer|ator|alli|bli|ogi|li)$/;
	var rgxSFXstep2WithReplacements = [
	  // Length 7.
	  { rgx: /ational$/, replacement: 'ate' },
	  { rgx: /ization$/, replacement: 'ize' },
	  { rgx: /fulness$/, replacement: 'ful' },
	  { rgx: /ousness$/, replacement: 'ous' },
	  { rgx: /iveness$/, replacement: 'ive' },
	  // Length 6.
	  { rgx: /tional$/, replacement: 'tion' },
	  { rgx: /biliti$/, replacement: 'ble' },
	  { rgx: /lessli$/, replacement: 'less' },
	  // Length 5.
	  { rgx: /iviti$/, replacement: 'ive' },
	  { rgx: /ousli$/, replacement: 'ous' },
	  { rgx: /ation$/, replacement: 'ate' },
	  { rgx: /entli$/, replacement: 'ent' },
	  { rgx: /(.*)(alism|aliti)$/, replacement: '$1al' },
	  { rgx: /fulli$/, replacement: 'ful' },
	  // Length 4.
	  { rgx: /alli$/, replacement: 'al' },
	  { rgx: /ator$/, replacement: 'ate' },
	  { rgx: /izer$/, replacement: 'ize' },
	  { rgx: /enci$/, replacement: 'ence' },
	  { rgx: /anci$/, replacement: 'ance' },
	  { rgx: /abli$/, replacement: 'able' },
	  // Length 3.
	  { rgx: /bli$/, replacement: 'ble' },
	  { rgx: /(.*)(l)(ogi)$/, replacement: '$1$2og' },
	  // Length 2.
	  { rgx: /(.*)([cdeghkmnrt])(li)$/, replacement: '$1$2' }
	];
	// Definition for Step III suffixes; once again spot the longest one first!
	var rgxSFXstep3 = /(ational|tional|alize|icate|iciti|ative|ical|ness|ful)$/;
	var rgxSFXstep3WithReplacements = [
	  { rgx: /ational$/, replacement: 'ate' },
	  { rgx: /tional$/, replacement: 'tion' },
	  { rgx: /alize$/, replacement: 'al' },
	  { rgx: /(.*)(icate|iciti|ical)$/, replacement: '$1ic' },
	  { rgx: /(ness|ful)$/, replacement: '' },
	];
	// Definition for Step IV suffixes.
	var rgxSFXstep4 = /(ement|ance|ence|able|ible|ment|ant|ent|ism|ate|iti|ous|ive|ize|al|er|ic)$/;
	var rgxSFXstep4Full = /(ement|ance|ence|able|ible|ment|ant|ent|ism|ate|iti|ous|ive|ize|ion|al|er|ic)$/;
	var rgxSFXstep4ion = /(.*)(s|t)(ion)$/;
	// Exceptions Set I.
	var exceptions1 = Object.create( null );
	// Mapped!
	exceptions1.skis = 'ski';
	exceptions1.skies = 'sky';
	exceptions1.dying = 'die';
	exceptions1.lying = 'lie';
	exceptions1.tying = 'tie';
	exceptions1.idly = 'idl';
	exceptions1.gently = 'gentl';
	exceptions1.ugly = 'ugli';
	exceptions1.early = 'earli';
	exceptions1.only = 'onli';
	exceptions1.singly = 'singl';
	// Invariants!
	exceptions1.sky = 'sky';
	exceptions1.news = 'news';
	exceptions1.atlas = 'atlas';
	exceptions1.cosmos = 'cosmos';
	exceptions1.bias = 'bias';
	exceptions1.andes = 'andes';

	// Exceptions Set II.
	// Note, these are to be treated as full words.
	var rgxException2 = /^(inning|outing|canning|herring|proceed|exceed|succeed|earring)$/;

	// ## Private functions

	// ### prelude
	/**
	 * Performs initial pre-processing by transforming the input string `s` as
	 * per the replacements.
	 *
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var prelude = function ( s ) {
	  return ( s
	            // Handle `y`'s.
	            .replace( /^y/, '3' )
	            .replace( /([aeiou])y/, '$13' )
	            // Handle apostrophe.
	            .replace( /\’s$|\'s$/, '' )
	            .replace( /s\’$|s\'$/, '' )
	            .replace( /[\’\']$/, '' )
	         );
	}; // prelude()

	// ### isShort
	/**
	 * @param {String} s Input string
	 * @return {Boolean} `true` if `s` is a short syllable, `false` otherwise
	 * @private
	 */
	var isShort = function ( s ) {
	  // (a) a vowel followed by a non-vowel other than w, x or 3 and
	  // preceded by a non-vowel, **or** (b) a vowel at the beginning of the word
	  // followed by a non-vowel.
	  return (
	    (
	      (
	        ( /[^aeiouy][aeiouy][^aeiouywx3]$/ ).test( s ) ||
	        ( /^[aeiouy][^aeiouy]{0,1}$/ ).test( s ) // Removed this new changed??
	      )
	    )
	  );
	}; // isShort()

	// ### markRegions
	/**
	 * @param {String} s Input string
	 * @return {Object} the `R1` and `R2` regions as an object from the input string `s`.
	 * @private
	 */
	var markRegions = function ( s ) {
	  // Matches of `R1` and `R2`.
	  var m1, m2;
	  // To detect regions i.e. `R1` and `R2`.
	  var rgxRegions = /[aeiouy]+([^aeiouy]{1}.+)/;
	  m1 = rgxRegions.exec( s );
	  if ( !m1 ) return ( { r1: '', r2: '' } );
	  m1 = m1[ 1 ].slice( 1 );
	  // Handle exceptions here to prevent over stemming.
	  m1 = ( ( /^(gener|commun|arsen)/ ).test( s ) ) ? s.replace( /^(gener|commun|arsen)(.*)/, '$2') : m1;
	  m2 = rgxRegions.exec( m1 );
	  if ( !m2 ) return ( { r1: m1, r2: '' } );
	  m2 = m2[ 1 ].slice( 1 );
	  return ( { r1: m1, r2: m2 } );
	}; // markRegions()

	// ### step1a
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step1a = function ( s ) {
	  var wordPart;
	  if ( rgxSFXsses.test( s ) ) return ( s.replace( rgxSFXsses, '$1ss' ) );
	  if ( rgxSFXiedORies2.test( s ) ) return ( s.replace( rgxSFXiedORies2, '$1i' ) );
	  if ( rgxSFXiedORies1.test( s ) ) return ( s.replace( rgxSFXiedORies1, '$1ie' ) );
	  if ( rgxSFXusORss.test( s ) ) return ( s );
	  wordPart = s.replace( rgxSFXs, '$1' );
	  if ( ( /[aeiuouy](.+)$/ ).test( wordPart ) ) return ( s.replace( rgxSFXs, '$1' ) );
	  return ( s );
	}; // step1a()

	// ### step1b
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step1b = function ( s ) {
	  var rgn = markRegions( s ),
	  sd;
	  // Search for the longest among the `eedly|eed` suffixes.
	  if ( rgxSFXeedlyOReed.test( s ) )
	    // Replace by ee if in R1.
	    return ( rgxSFXeedlyOReed.test( rgn.r1 ) ? s.replace( rgxSFXeedlyOReed, '$1ee' ) : s );
	  // Delete `ed|edly|ingly|ing` if the preceding word part contains a vowel.
	  if ( rgxSFXedORedlyORinglyORing.test( s ) ) {
	    sd = s.replace( rgxSFXedORedlyORinglyORing, '$1' );
	    rgn = markRegions( sd );
	    // And after deletion, return either
	    return ( rgxSFXatORblORiz.test( sd ) ) ? ( sd + 'e' ) :
	            // or
	            ( rgxDouble.test( sd ) ) ? ( sd.replace( /.$/, '' ) ) :
	              // or
	              ( ( isShort( sd ) ) && ( rgn.r1 === '' ) ) ? ( sd + 'e' ) :
	                // or
	                sd;
	  }
	  return ( s );
	}; // step1b()

	// ### step1c
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step1c = function ( s ) {
	  return ( s.replace( rgxSFXyOR3, '$1i') );
	}; // step1c()

	// ### step2
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step2 = function ( s ) {
	  var i, imax,
	      rgn = markRegions( s ),
	      us; // updated s.
	  var match = s.match( rgxSFXstep2 );
	  match = ( match === null ) ? '$$$$$' : match[ 1 ];
	  if ( rgn.r1.indexOf( match ) !== -1 ) {
	    for ( i = 0, imax = rgxSFXstep2WithReplacements.length; i < imax; i += 1 ) {
	      us = s.replace( rgxSFXstep2WithReplacements[ i ].rgx, rgxSFXstep2WithReplacements[ i ].replacement );
	      if ( s !== us ) return ( us );
	    }
	  }
	  return ( s );
	}; // step2()

	// ### step3
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step3 = function ( s ) {
	  var i, imax,
	      rgn = markRegions( s ),
	      us; // updated s.
	  var match = s.match( rgxSFXstep3 );
	  match = ( match === null ) ? '$$$$$' : match[ 1 ];

	  if ( rgn.r1.indexOf( match ) !== -1 ) {
	    for ( i = 0, imax = rgxSFXstep3WithReplacements.length; i < imax; i += 1 ) {
	      us = s.replace( rgxSFXstep3WithReplacements[ i ].rgx, rgxSFXstep3WithReplacements[ i ].replacement );
	      if ( s !== us ) return ( us );
	    }
	    if ( ( /ative/ ).test( rgn.r2 ) ) return s.replace( /ative$/, '' );
	  }
	  return ( s );
	}; // step3()

	// ### step4
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step4 = function ( s ) {
	  var rgn = markRegions( s );
	  var match = s.match( rgxSFXstep4Full );
	  match = ( match === null ) ? '$$$$$' : match[ 1 ];
	  if ( rgxSFXstep4Full.test( s ) &&  rgn.r2.indexOf( match ) !== -1 ) {
	    return rgxSFXstep4.test( s ) ? s.replace( rgxSFXstep4, '' ) :
	    (
	      rgxSFXstep4ion.test( s ) ?
	      s.replace( rgxSFXstep4ion, '$1$2') :
	      s
	    );
	  }
	  return ( s );
	}; // step4()

	// ### step5
	/**
	 * @param {String} s Input string
	 * @return {String} Processed string
	 * @private
	 */
	var step5 = function ( s ) {
	  var preceding, rgn;
	  // Search for the `e` suffixes.
	  rgn = markRegions( s );
	  if ( ( /e$/i ).test( s ) ) {
	    preceding = s.replace( /e$/, '' );
	    return (
	              // Found: delete if in R2, or in R1 and not preceded by a short syllable
	              ( /e/ ).test( rgn.r2 ) || ( ( /e/ ).test( rgn.r1 ) && !isShort( preceding ) ) ?
	              preceding : s
	           );
	  }
	  // Search for the `l` suffixes.
	  if ( ( /l$/ ).test( s ) ) {
	    rgn = markRegions( s );
	    // Found: delete if in R2
	    return ( rgn.r2 && ( /l$/ ).test( rgn.r2 ) ? s.replace( ( /ll$/ ), 'l' ) : s );
	  }
	  // If nothing happens, must return the string!
	  return ( s );
	}; // step5()

	// ## Public functions
	// ### stem
	/**
	 *
	 * Stems an inflected `word` using Porter2 stemming algorithm.
	 *
	 * @param {string} word — word to be stemmed.
	 * @return {string} — the stemmed word.
	 *
	 * @example
	 * stem( 'consisting' );
	 * // -> consist
	 */
	var stem = function ( word ) {
	  var str = word.toLowerCase();
	  if ( str.length < 3 ) return ( str );
	  if ( exceptions1[ str ] ) return ( exceptions1[ str ] );
	  str = prelude( str );
	  str = step1a( str );

	  if ( !rgxException2.test( str ) ) {
	    str = step1b( str );
	    str = step1c( str );
	    str = step2( str );
	    str = step3( str );
	    str = step4( str );
	    str = step5( str );
	  }

	  str = str.replace( /3/g , 'y' );
	  return ( str );
	}; // stem()

	// Export stem function.
	winkPorter2Stemmer = stem;
	return winkPorter2Stemmer;
}

var winkPorter2StemmerExports = requireWinkPorter2Stemmer();
var porter2 = /*@__PURE__*/getDefaultExportFromCjs(winkPorter2StemmerExports);

// What SREs write, as data for the text triage (lexical.ts): phrases rewritten before words are
// split, synonyms added beside the word written (which is kept), and boilerplate dropped from
// incidents and runbooks alike (words every alarm says, Region and environment parts). Lower case.
// Add to it by pull request; test/triage/lexical.test.ts checks its shape. A TypeScript module
// rather than a JSON file so every entry point (action, CLI, jest) imports it the same way.
const SRE_VOCABULARY = {
    phrases: {
        'backing up': 'backlog',
        'backed up': 'backlog',
        'piling up': 'backlog',
        'falling behind': 'lag',
        'fell behind': 'lag',
        'not draining': 'backlog',
        'out of memory': 'oom memory',
        'dead letter': 'deadletter',
        'dead-letter': 'deadletter',
        'too many requests': 'throttle',
        'rate exceeded': 'throttle',
        'rate limited': 'throttle',
        'rate limit': 'throttle',
        'disk full': 'disk space',
        'no space left': 'disk space',
        'cert expiring': 'certificate expiry',
        'running out of': 'exhausted',
        'crash loop': 'crashloop restart',
        crashlooping: 'crashloop restart',
        'not ready': 'notready',
        'failing over': 'failover',
        'fail over': 'failover',
        'time out': 'timeout',
        'timed out': 'timeout',
        'un healthy': 'unhealthy',
        // Product names that camelCase splitting takes apart.
        'my sql': 'mysql',
        'postgre sql': 'postgresql',
        'dynamo db': 'dynamodb',
        'elasti cache': 'elasticache',
        'cloud front': 'cloudfront',
        'open search': 'opensearch'
    },
    synonyms: {
        oom: ['memory'],
        '137': ['oom', 'memory'],
        sigkill: ['oom'],
        outofmemory: ['oom', 'memory'],
        mem: ['memory'],
        dlq: ['deadletter', 'queue'],
        deadletter: ['dlq'],
        p50: ['latency'],
        p90: ['latency'],
        p95: ['latency'],
        p99: ['latency'],
        p999: ['latency'],
        tm99: ['latency'],
        slow: ['latency'],
        duration: ['latency'],
        backlog: ['queue'],
        lag: ['delay'],
        '5xx': ['error'],
        '4xx': ['error'],
        fault: ['error'],
        '429': ['throttle'],
        '503': ['error', 'unavailable'],
        '502': ['error'],
        '504': ['error', 'timeout'],
        cert: ['certificate'],
        tls: ['certificate'],
        ssl: ['certificate'],
        acm: ['certificate'],
        k8s: ['kubernetes'],
        eks: ['kubernetes'],
        pod: ['kubernetes'],
        fargate: ['ecs'],
        redis: ['cache'],
        elasticache: ['cache'],
        memcached: ['cache'],
        db: ['database'],
        rds: ['database'],
        aurora: ['database'],
        postgres: ['postgresql', 'database'],
        postgresql: ['database'],
        mysql: ['database'],
        alb: ['load', 'balancer'],
        elb: ['load', 'balancer'],
        nlb: ['load', 'balancer'],
        tg: ['target', 'group'],
        asg: ['autoscaling', 'group'],
        apigw: ['api', 'gateway'],
        apigateway: ['api', 'gateway'],
        lambda: ['function'],
        fn: ['function'],
        sqs: ['queue'],
        sfn: ['stepfunctions', 'execution'],
        ddb: ['dynamodb'],
        nat: ['gateway'],
        oldest: ['age'],
        iterator: ['age'],
        hung: ['stuck'],
        wedged: ['stuck'],
        spinning: ['runaway'],
        unreachable: ['down'],
        unhealthy: ['health'],
        healthy: ['health']
    },
    boilerplate: [
        'alarm',
        'alarms',
        'alert',
        'alerts',
        'alerting',
        'threshold',
        'thresholds',
        'breach',
        'breached',
        'breaching',
        'crossed',
        'datapoint',
        'datapoints',
        'above',
        'below',
        'over',
        'under',
        'exceeds',
        'exceeded',
        'greater',
        'less',
        'equal',
        'than',
        'high',
        'low',
        'too',
        'very',
        'much',
        'many',
        'average',
        'avg',
        'sum',
        'maximum',
        'minimum',
        'max',
        'min',
        'percent',
        'pct',
        'count',
        'total',
        'metric',
        'metrics',
        'value',
        'name',
        'id',
        'ids',
        'arn',
        'prod',
        'prd',
        'production',
        'staging',
        'stg',
        'dev',
        'development',
        'qa',
        'uat',
        'sandbox',
        'sbx',
        'env',
        'environment',
        'team',
        'squad',
        'primary',
        'main',
        'us',
        'eu',
        'ap',
        'sa',
        'ca',
        'me',
        'af',
        'il',
        'mx',
        'gov',
        'cn',
        'east',
        'west',
        'north',
        'south',
        'central',
        'northeast',
        'southeast',
        'northwest',
        'southwest',
        'sev',
        'sev1',
        'sev2',
        'sev3',
        'p1',
        'p2',
        'p3',
        'critical',
        'warning',
        'warn',
        'page',
        'paging',
        'minute',
        'minutes',
        'min',
        'period',
        'periods',
        'consecutive',
        'last',
        'state',
        'change',
        'cloudwatch',
        'eventbridge'
    ]
};

// Text triage: rank runbooks by how much of their text an incident's text shares (Okapi BM25),
// for when no runbook's match rules fit (or several tie). Words go through what SREs write
// (sre-vocabulary.ts: phrases, synonyms, boilerplate) and the Porter2 stemmer (wink-porter2-stemmer,
// the Snowball English stemmer: `throttled`, `throttles` and `throttling` meet, which a
// hand-written suffix list got wrong). The index is built once per catalog and serializes to a
// compact form (typed arrays) that loads in well under a millisecond (triage/index.ts).
/**
 * What the text pipeline is (vocabulary, stop words, BM25 constants): an index built under
 * another one is stale, so the catalog digest covers it.
 */
function textPipelineKey() {
    return JSON.stringify([SRE_VOCABULARY, [...STOP_WORDS], BM25_K1, BM25_B, stem('throttling')]);
}
/** BM25 term-frequency saturation. */
const BM25_K1 = 1.2;
/** BM25 document-length normalization. */
const BM25_B = 0.75;
// Words that carry no topic: English glue, what every AWS event says, and alarm boilerplate.
const STOP_WORDS = new Set([
    'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'another', 'any', 'are', 'as',
    'at', 'be', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does',
    'done', 'each', 'eg', 'else', 'every', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here',
    'his', 'how', 'ie', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'may', 'me', 'might', 'more',
    'most', 'must', 'my', 'no', 'nor', 'not', 'of', 'on', 'one', 'onto', 'or', 'other', 'our',
    'per', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then',
    'there', 'these', 'they', 'this', 'those', 'to', 'us', 'use', 'uses', 'using', 'via',
    'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with',
    'without', 'would', 'you', 'your', 'cannot',
    // AWS noise: in every ARN, namespace and event source.
    'amazon', 'arn', 'aws',
    ...SRE_VOCABULARY.boilerplate
]); // prettier-ignore
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest phrase first, so `backed up` is not read as two words before `backed up` matches.
const PHRASES = new RegExp(`\\b(?:${Object.keys(SRE_VOCABULARY.phrases)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/[\s-]+/g, '[\\s_-]+'))
    .join('|')})\\b`, 'g');
const phraseOf = (found) => SRE_VOCABULARY.phrases[found.replace(/[\s_-]+/g, ' ')] ??
    SRE_VOCABULARY.phrases[found.replace(/[\s_]+/g, ' ')] ??
    found;
/** The Porter2 stem of a lower-case word. */
function stem(word) {
    return porter2(word);
}
// Stop words in every inflection: `exceeding` and `averaged` are as empty as `exceeds`.
const STOP_STEMS = new Set([...STOP_WORDS].map(stem));
// Word → term ('' when dropped). Catalogs and incidents reuse a small vocabulary, so this saves
// most of the stemming; cleared when full so odd inputs (ids, hashes) cannot grow it forever.
const termCache = new Map();
function term(word) {
    let t = termCache.get(word);
    if (t === undefined) {
        const s = word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word) ? '' : stem(word);
        t = STOP_STEMS.has(s) ? '' : s;
        if (termCache.size >= 50_000)
            termCache.clear();
        termCache.set(word, t);
    }
    return t;
}
/**
 * The lower-case words of a text: camelCase, PascalCase, snake_case, kebab-case, dotted and
 * slashed names and glob wildcards are split (`HTTPCode_Target_5XX_Count` → http code target 5xx
 * count), and the vocabulary's phrases rewritten (`falling behind` → lag).
 */
function words(text) {
    return (text
        .replace(/opsloop/gi, ' ')
        // A space after `xY` and before the last capital of a run that starts a word: `HTTPCode`.
        .replace(/([a-z])(?=[A-Z])|([A-Z0-9])(?=[A-Z][a-z])/g, '$1$2 ')
        .toLowerCase()
        .replace(PHRASES, phraseOf)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== ''));
}
// A negation and the words it governs, up to five, within one clause (the NegEx window): "not in
// an Auto Scaling group", "no errors", "nothing going to the DLQ" say what the incident is not.
const NEGATED = /\b(?:not|no|without|never|nothing|none|nor|cannot|can't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't)\s+(?:[\w'/-]+\s+){0,4}[\w'/-]+/gi;
/**
 * The text without what it negates, after the vocabulary's phrases (so `not ready`, a state, is
 * kept as `notready`). For incident text only: a runbook's "Do not use it" clauses are read
 * separately (exclusions.ts).
 */
function affirmed(text) {
    return text
        .replace(new RegExp(PHRASES.source, 'gi'), (found) => phraseOf(found.toLowerCase()))
        .replace(NEGATED, ' ');
}
/**
 * Terms of a text: its words and their synonyms, without stop words, one-letter words and bare
 * numbers (thresholds, counts, ids), stemmed. `surface` receives each term's word as written.
 */
function tokenize(text, surface) {
    const out = [];
    const push = (word, written) => {
        const t = term(word);
        if (t === '')
            return;
        out.push(t);
        surface?.(t, word, written);
    };
    for (const word of words(text)) {
        push(word, word);
        for (const synonym of SRE_VOCABULARY.synonyms[word] ?? [])
            push(synonym, word);
    }
    return out;
}
const values = (v) => v === undefined ? [] : typeof v === 'string' ? [v] : v;
/** The literal text of a match rule: what an incident that fits it would say. */
function ruleText(rule) {
    const out = [
        ...values(rule.source),
        ...values(rule.detailType),
        ...values(rule.alarmName),
        ...values(rule.eventName),
        ...values(rule.resourceType),
        ...values(rule.metric?.namespace),
        ...values(rule.metric?.name)
    ];
    for (const [key, globs] of Object.entries(rule.metric?.dimensions ?? {}))
        out.push(key, ...values(globs));
    for (const [key, globs] of Object.entries(rule.tags ?? {}))
        out.push(key, ...values(globs));
    return out;
}
/**
 * A "Do not use it …" sentence, to its end; the group is what follows "use" (exclusions.ts reads
 * it as the runbook's evidence against itself).
 */
const EXCLUSION_CLAUSE = /\b(?:do not|don't|never) use\b((?:[^.]|\.(?!\s|$))*)\.?/gi;
/**
 * A description without its "Do not use it when …" clauses: they name the incidents the runbook
 * is wrong for (often another runbook's topic, e.g. "the root volume (use free-disk-space)"), so
 * their words are evidence against it, not for it. Each clause runs to the end of its sentence.
 */
function withoutExclusions(description) {
    return description.replace(EXCLUSION_CLAUSE, ' ');
}
/** A runbook's text in two parts: what names its purpose, and what explains it. */
function runbookText(runbook) {
    const strong = [runbook.id, runbook.title, ...runbook.match.flatMap(ruleText)];
    const weak = [withoutExclusions(runbook.description)];
    for (const [name, p] of Object.entries(runbook.parameters ?? {}))
        weak.push(name, p?.description ?? '');
    // Newlines keep the fields' words apart.
    return { strong: strong.join('\n'), weak: weak.join('\n') };
}
/** The id, title and match literals name what a runbook is for, so they count twice. */
const STRONG_WEIGHT = 2;
/** Weight of a `weak` query term against a `text` one. */
const WEAK_QUERY_WEIGHT = 0.5;
/** The child alarms a composite alarm's rule names: `ALARM("a") OR OK(arn:…:alarm:b)` → a, b. */
function compositeChildren(rule) {
    if (!rule)
        return [];
    const out = [];
    for (const m of rule.matchAll(/\b(?:ALARM|OK|INSUFFICIENT_DATA)\s*\(\s*("?)([^")]+?)\1\s*\)/g)) {
        const name = m[2] ?? '';
        out.push(name.replace(/^arn:[^:]*:cloudwatch:[^:]*:\d*:alarm:/, ''));
    }
    return out;
}
/**
 * The words of an incident. Not the source (`aws.*` says little), the title, an alarm's
 * detail-type and resource types ("ALARM", "State Change", "ec2 instance" add noise to every
 * query), an alarm's
 * reason ("Threshold Crossed: 2 out of the last 2 datapoints ..."), nor ids, ARNs and tags.
 * A metric-math alarm's input metrics and the dimensions (`InstanceId`, `i-0abc…`) only hint:
 * half weight. What the prose negates ("not in an Auto Scaling group") is left out.
 */
function incidentQuery(incident) {
    const math = incident.metrics.some((m) => m.expression !== undefined);
    const subject = incident.metrics.filter((m) => !math || m.expression !== undefined);
    const inputs = math ? incident.metrics.filter((m) => m.expression === undefined) : [];
    const prose = (t) => t === undefined ? undefined : affirmed(t);
    const text = [
        incident.alarmName,
        // An event's detail-type names it ("ACM Certificate Approaching Expiration", "GuardDuty
        // Finding"); an alarm's says only "CloudWatch Alarm State Change".
        incident.kind === 'event' ? incident.detailType : undefined,
        incident.eventName,
        prose(incident.description),
        incident.alarmName === undefined ? prose(incident.reason) : undefined,
        ...compositeChildren(incident.alarm?.rule),
        ...subject.flatMap((m) => [m.namespace, m.name]),
        ...Object.values(incident.details ?? {}).map(prose)
    ];
    const weak = [
        ...inputs.flatMap((m) => [m.namespace, m.name]),
        ...incident.metrics.flatMap((m) => [
            ...Object.keys(m.dimensions),
            ...Object.values(m.dimensions)
        ])
    ];
    const present = (t) => t !== undefined && t !== '';
    return { text: text.filter(present), weak: weak.filter(present) };
}
// Code-unit order, not localeCompare: the same on every machine.
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function maxOf(a) {
    let max = 0;
    for (let i = 0; i < a.length; i++)
        if ((a[i] ?? 0) > max)
            max = a[i] ?? 0;
    return max;
}
const base64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromBase64(text, make) {
    const bytes = Buffer.from(text, 'base64');
    // A copy aligned for the typed array (Buffer pools share unaligned memory).
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    return make(copy);
}
/**
 * BM25 over a catalog: postings in flat typed arrays (term → documents and frequencies), term
 * ids by binary search over the sorted terms, so loading a serialized index is a few copies.
 */
class LexicalIndex {
    runbooks;
    terms;
    display;
    offsets;
    docs;
    tfs;
    saturation;
    constructor(runbooks, parts) {
        this.runbooks = runbooks;
        this.terms = parts.terms;
        this.display = parts.display;
        this.offsets = parts.offsets;
        this.docs = parts.docs;
        this.tfs = parts.tfs;
        this.saturation = parts.saturation;
    }
    /** Builds the index of a catalog (about 10 ms per 1,000 runbooks, mostly stemming). */
    static build(runbooks) {
        const postings = new Map();
        const surface = new Map();
        const seen = (t, w) => {
            if (!surface.has(t))
                surface.set(t, w);
        };
        const lengths = [];
        runbooks.forEach((runbook, doc) => {
            const counts = new Map();
            const add = (terms, weight) => {
                for (const t of terms)
                    counts.set(t, (counts.get(t) ?? 0) + weight);
                return terms.length * weight;
            };
            const { strong, weak } = runbookText(runbook);
            lengths.push(add(tokenize(strong, seen), STRONG_WEIGHT) + add(tokenize(weak, seen), 1));
            for (const [t, tf] of counts) {
                const list = postings.get(t);
                if (list)
                    list.push({ doc, tf });
                else
                    postings.set(t, [{ doc, tf }]);
            }
        });
        const terms = [...postings.keys()].sort(byText);
        const offsets = new Uint32Array(terms.length + 1);
        let total = 0;
        terms.forEach((t, i) => {
            offsets[i] = total;
            total += postings.get(t)?.length ?? 0;
        });
        offsets[terms.length] = total;
        const docs = runbooks.length < 65_536 ? new Uint16Array(total) : new Uint32Array(total);
        const tfs = new Uint8Array(total);
        terms.forEach((t, i) => {
            let at = offsets[i] ?? 0;
            for (const p of postings.get(t) ?? []) {
                docs[at] = p.doc;
                tfs[at++] = Math.min(255, p.tf);
            }
        });
        const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1;
        const saturation = Float64Array.from(lengths, (len) => BM25_K1 * (1 - BM25_B + (BM25_B * len) / average));
        const display = terms.map((t) => surface.get(t) ?? t);
        return new LexicalIndex(runbooks, { terms, display, offsets, docs, tfs, saturation });
    }
    toJSON() {
        return {
            terms: this.terms.join('\n'),
            display: this.display.join('\n'),
            offsets: base64(this.offsets),
            docs: base64(this.docs),
            tfs: base64(this.tfs),
            saturation: base64(this.saturation)
        };
    }
    /** The index of `runbooks` as `toJSON` wrote it; the caller checks it is the same catalog. */
    static load(runbooks, data) {
        const terms = data.terms === '' ? [] : data.terms.split('\n');
        const display = data.display === '' ? [] : data.display.split('\n');
        const offsets = fromBase64(data.offsets, (b) => new Uint32Array(b));
        const saturation = fromBase64(data.saturation, (b) => new Float64Array(b));
        const docs = fromBase64(data.docs, (b) => runbooks.length < 65_536 ? new Uint16Array(b) : new Uint32Array(b));
        const tfs = fromBase64(data.tfs, (b) => new Uint8Array(b));
        const postings = offsets[terms.length];
        if (display.length !== terms.length ||
            offsets.length !== terms.length + 1 ||
            saturation.length !== runbooks.length ||
            docs.length !== postings ||
            tfs.length !== postings ||
            (docs.length > 0 && maxOf(docs) >= runbooks.length))
            throw new Error('the serialized text index does not fit the catalog; rebuild it');
        return new LexicalIndex(runbooks, { terms, display, offsets, docs, tfs, saturation });
    }
    termId(t) {
        let lo = 0;
        let hi = this.terms.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = this.terms[mid] ?? '';
            if (at === t)
                return mid;
            if (at < t)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
    /**
     * IDF with +1 inside the log (as Lucene does), so it is positive even for a term in every
     * document: ln(1 + (N − n + 0.5) / (n + 0.5)), n = documents containing the term.
     */
    idf(t) {
        const id = this.termId(t);
        return this.idfOf(id < 0 ? 0 : (this.offsets[id + 1] ?? 0) - (this.offsets[id] ?? 0));
    }
    /** The idf of a word only one runbook holds: the unit of evidence. */
    rareIdf() {
        return this.idfOf(1);
    }
    idfOf(n) {
        return Math.log(1 + (this.runbooks.length - n + 0.5) / (n + 0.5));
    }
    /** One term's BM25 contribution to one document. */
    contribution(idf, tf, doc) {
        return (idf * tf * (BM25_K1 + 1)) / (tf + (this.saturation[doc] ?? BM25_K1));
    }
    /**
     * Query terms with their weight (the strongest part a term appears in) and the words of the
     * main text that brought them.
     */
    static queryTerms(query) {
        const terms = new Map();
        for (const text of query.weak ?? [])
            tokenize(text, (t) => {
                if (!terms.has(t))
                    terms.set(t, { weight: WEAK_QUERY_WEIGHT, words: new Set() });
            });
        for (const text of query.text)
            tokenize(text, (t, _word, written) => {
                // A word counts once however inflected (`space`, `spaces`), with the synonyms it brought.
                const word = term(written) || written;
                const found = terms.get(t);
                if (found) {
                    found.weight = 1;
                    found.words.add(word);
                }
                else
                    terms.set(t, { weight: 1, words: new Set([word]) });
            });
        return terms;
    }
    /**
     * Runbooks sharing words with the query, best first (ties by id), at most `limit`; `among`
     * restricts the ranking to some documents (e.g. runbooks whose rules tie). Each distinct
     * query term counts once, at the weight of the strongest part it appears in.
     */
    rank(query, limit = 5, among) {
        const weights = LexicalIndex.queryTerms(query);
        if (weights.size === 0 || this.runbooks.length === 0 || limit < 1)
            return [];
        const scores = new Float64Array(this.runbooks.length);
        const found = [];
        let ideal = 0;
        for (const [t, { weight, words }] of weights) {
            const id = this.termId(t);
            if (id < 0)
                continue;
            const start = this.offsets[id] ?? 0;
            const end = this.offsets[id + 1] ?? 0;
            const idf = this.idfOf(end - start);
            ideal += weight * idf;
            found.push({ id, weight, idf, words });
            for (let p = start; p < end; p++) {
                const doc = this.docs[p] ?? 0;
                if (among && !among.has(doc))
                    continue;
                scores[doc] = (scores[doc] ?? 0) + weight * this.contribution(idf, this.tfs[p] ?? 0, doc);
            }
        }
        const hits = [];
        scores.forEach((s, doc) => {
            if (s > 0)
                hits.push(doc);
        });
        hits.sort((a, b) => {
            const diff = (scores[b] ?? 0) - (scores[a] ?? 0);
            return diff !== 0 ? diff : byText(this.doc(a).id, this.doc(b).id);
        });
        return hits.slice(0, limit).map((doc) => this.match(doc, scores[doc] ?? 0, found, ideal));
    }
    /** One ranked document: what of the query it holds, in one pass over the query's terms. */
    match(doc, score, found, ideal) {
        const held = new Map();
        const words = new Set();
        const shown = [];
        let evidence = 0;
        for (const { id, weight, idf, words: written } of found) {
            const p = this.posting(id, doc);
            if (p < 0)
                continue;
            held.set(this.terms[id] ?? '', weight * idf);
            evidence += weight * idf;
            for (const w of written)
                words.add(w);
            shown.push({
                word: this.display[id] ?? '',
                contribution: weight * this.contribution(idf, this.tfs[p] ?? 0, doc)
            });
        }
        return {
            runbook: this.doc(doc),
            doc,
            score,
            coverage: ideal > 0 ? evidence / ideal : 0,
            evidence,
            held,
            // Largest contribution first (ties by word), at most 5.
            terms: shown
                .sort((a, b) => b.contribution - a.contribution || byText(a.word, b.word))
                .slice(0, 5)
                .map((f) => f.word),
            words: words.size
        };
    }
    doc(i) {
        const runbook = this.runbooks[i];
        if (!runbook)
            throw new RangeError(`no runbook #${i} in the text index`);
        return runbook;
    }
    /** Where a document sits in a term's postings (ascending by document), or -1. */
    posting(id, doc) {
        let lo = this.offsets[id] ?? 0;
        let hi = (this.offsets[id + 1] ?? 0) - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = this.docs[mid] ?? 0;
            if (at === doc)
                return mid;
            if (at < doc)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
}

export { EXCLUSION_CLAUSE as E, LexicalIndex as L, textPipelineKey as a, withoutExclusions as b, incidentQuery as i, ruleText as r, stem as s, tokenize as t, words as w };
