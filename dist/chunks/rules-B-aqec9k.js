import { C as CatalogIndex, r as runbookVerdict, i as isExplicit, t as tied } from './select-Cg20ggfV.js';
import { createHash } from 'node:crypto';
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
            docs.some((d) => d >= runbooks.length))
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

// A catalog prepared for triage: match rules filed for lookup (match/select.ts) and the text index
// (lexical.ts), keyed by the catalog's digest. Built once per catalog version: the action and the
// CLI reuse it across incidents in one process (same digest, same runbooks), and the CLI's catalog
// cache (catalog/cache.ts) stores it serialized, so a cold `opsloop triage` neither revalidates
// an unchanged catalog nor re-tokenizes it.
/** Changes whenever the index's content or the text pipeline (vocabulary, stemmer) changes. */
const TRIAGE_INDEX_FORMAT = 'opsloop-triage-index/2';
let pipeline;
/**
 * sha256 over the format, the text pipeline (vocabulary, stop words, stemmer: an index built
 * under another is stale) and each runbook's id, file and file digest, in catalog order.
 */
function catalogDigest(catalog) {
    pipeline ??= createHash('sha256').update(textPipelineKey()).digest('hex');
    const lines = [TRIAGE_INDEX_FORMAT, pipeline];
    for (const c of catalog)
        lines.push(`${c.runbook.id}\t${c.file}\t${c.digest}`);
    return createHash('sha256').update(lines.join('\n')).digest('hex');
}
class TriageIndex {
    catalog;
    digest;
    rules;
    textIndex;
    constructor(catalog, digest, prebuilt) {
        this.catalog = catalog;
        this.digest = digest;
        this.rules = new CatalogIndex(catalog.map((c) => c.runbook), prebuilt?.rules);
        this.textIndex = prebuilt?.text;
    }
    /** The text index, built on first use: most incidents are settled by a match rule. */
    get text() {
        return (this.textIndex ??= LexicalIndex.build(this.catalog.map((c) => c.runbook)));
    }
    static build(catalog) {
        return new TriageIndex(catalog, catalogDigest(catalog));
    }
    toJSON() {
        return {
            format: TRIAGE_INDEX_FORMAT,
            digest: this.digest,
            rules: this.rules.filing,
            text: this.text.toJSON()
        };
    }
    /**
     * The index `toJSON` wrote, for this catalog; undefined when it was built from another catalog
     * version or by another format, so the caller builds a fresh one.
     */
    static load(catalog, data) {
        const d = data;
        if (d?.format !== TRIAGE_INDEX_FORMAT || !d.text || !isFiling(d.rules, catalog.length))
            return undefined;
        const digest = catalogDigest(catalog);
        if (d.digest !== digest)
            return undefined;
        const runbooks = catalog.map((c) => c.runbook);
        try {
            return new TriageIndex(catalog, digest, {
                rules: d.rules,
                text: LexicalIndex.load(runbooks, d.text)
            });
        }
        catch {
            // Damaged: the caller builds a fresh one.
            return undefined;
        }
    }
    /** The one index per catalog version in this process (the same runbooks, whatever array). */
    static of(catalog) {
        const byArray = ofArray.get(catalog);
        if (byArray)
            return byArray;
        const digest = catalogDigest(catalog);
        let found = byDigest.get(digest);
        // Same digest but other runbook objects (a catalog loaded twice): the same files, but
        // built anew rather than trusting that two parses agree.
        if (!found || found.catalog.some((c, i) => c.runbook !== catalog[i]?.runbook)) {
            found = new TriageIndex(catalog, digest);
            if (byDigest.size >= 8)
                byDigest.clear();
            byDigest.set(digest, found);
        }
        ofArray.set(catalog, found);
        return found;
    }
}
/** A filing of this many runbooks' rules, as fileRules writes it (a damaged one is rebuilt). */
function isFiling(f, runbooks) {
    const x = f;
    if (!Array.isArray(x?.keys) ||
        !Array.isArray(x.offsets) ||
        !Array.isArray(x.refs) ||
        !Array.isArray(x.prefixLengths))
        return false;
    const { keys, offsets, refs } = x;
    return (keys.every((k) => typeof k === 'string') &&
        offsets.length === keys.length + 1 &&
        offsets.every((o, i) => Number.isInteger(o) && o >= (offsets[i - 1] ?? 0)) &&
        offsets.at(-1) === refs.length &&
        refs.length % 2 === 0 &&
        refs.every((r, i) => Number.isInteger(r) && r >= 0 && (i % 2 === 1 || r < runbooks)) &&
        x.prefixLengths.every((n) => Number.isInteger(n) && n >= 0));
}
const ofArray = new WeakMap();
const byDigest = new Map();

/**
 * How much of one clause an incident must say for the clause to count against a text match: its
 * distinctive words, each weighed by its rarity in the catalog (idf, in units of the idf of a word
 * only one runbook holds), must add up to this. One rare word ("Express", "MySQL", "on-demand")
 * names a clause; two common ones do too. Overturning a match rule that fits (the author's own
 * word for the runbook) takes more.
 */
const EXCLUSION_STRENGTH = 1.5;
const EXCLUSION_STRENGTH_AGAINST_RULE = 2;
/** A word at least this rare (rarity as above) names something specific. */
const RARE = 0.75;
/** Splits a clause list at top-level commas, semicolons and "or", keeping parentheses whole. */
function clauses(text) {
    const out = [];
    let depth = 0;
    let current = '';
    const flush = () => {
        if (current.trim() !== '')
            out.push(current.trim());
        current = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i] ?? '';
        if (c === '(')
            depth++;
        if (c === ')')
            depth = Math.max(0, depth - 1);
        if (depth === 0 && (c === ',' || c === ';')) {
            flush();
            continue;
        }
        if (depth === 0 && /^\sor\s/i.test(text.slice(i, i + 4))) {
            flush();
            i += 2;
            continue;
        }
        current += c;
    }
    flush();
    return out;
}
// Pointers to another runbook ("use rds-reboot-lagging-replica", "see …") name its topic, not
// this clause's.
const POINTER = /\b(?:use|see)\s+[a-z0-9]+(?:-[a-z0-9]+)+/gi;
const cache = new WeakMap();
function exclusionsOf(runbook) {
    let found = cache.get(runbook);
    if (found)
        return found;
    const positive = new Set(tokenize([
        runbook.id,
        runbook.title,
        withoutExclusions(runbook.description),
        ...runbook.match.flatMap(ruleText)
    ].join('\n')));
    found = [];
    for (const m of runbook.description.matchAll(EXCLUSION_CLAUSE)) {
        const list = (m[1] ?? '').replace(/^\s*(?:it|this runbook)\b/i, '');
        for (const clause of clauses(list)) {
            const terms = new Set(tokenize(clause.replace(POINTER, ' ')).filter((t) => !positive.has(t)));
            if (terms.size > 0)
                found.push({ clause: clause.replace(/\s+/g, ' '), terms });
        }
    }
    cache.set(runbook, found);
    return found;
}
/**
 * The first clause whose distinctive words the incident says (`said`: its terms, each with the
 * word as written) with at least `strength`, weighing each word by `rarity` (its idf over the
 * idf of a word only one runbook holds, at most 1), or says whole in rare words; with those
 * words as written.
 */
function excludedBy(runbook, said, rarity, strength = EXCLUSION_STRENGTH) {
    for (const e of exclusionsOf(runbook)) {
        // Each written word counts once, at its rarest term: `OOM` brings `memory` too.
        const byWord = new Map();
        let whole = true;
        for (const t of e.terms) {
            const w = said.get(t);
            if (w === undefined) {
                whole = false;
                continue;
            }
            // Rarity reads the text index: only for words the incident says, so a rule fit whose
            // clauses it does not touch never builds that index.
            const r = Math.min(1, rarity(t));
            whole &&= r >= RARE;
            byWord.set(w, Math.max(byWord.get(w) ?? 0, r));
        }
        const words = [...byWord.keys()];
        const weight = [...byWord.values()].reduce((a, b) => a + b, 0);
        // A clause the incident says whole, in rare words ("for an on-demand stream", "for MySQL"),
        // applies however short it is.
        if (weight >= strength - 1e-9 || whole)
            return { clause: e.clause, terms: words };
    }
    return undefined;
}

const what = (incident) => incident.eventName ? `${incident.detailType} \`${incident.eventName}\`` : incident.detailType;
function remediationGate(incident) {
    if (incident.kind === 'alarm' && incident.state === 'OK')
        return {
            remediable: false,
            code: 'recovered',
            reason: `the alarm is back to OK${incident.previousState ? ` (from ${incident.previousState})` : ''}, so there is nothing to remediate; the issue records the recovery`
        };
    if (incident.kind === 'alarm' && incident.state === 'INSUFFICIENT_DATA')
        return {
            remediable: false,
            code: 'insufficient-data',
            reason: 'the alarm has insufficient data: its metric stopped reporting or is too sparse, which no runbook fixes; check that the metric is still published (agent, exporter, the resource itself)'
        };
    if (incident.kind === 'event' && incident.severity === 'low')
        return {
            remediable: false,
            code: 'informational',
            reason: `${what(incident)} is informational (severity low), so there is nothing to remediate; a runbook whose match rule names this event or accepts \`severity: low\` would still be proposed`
        };
    return { remediable: true };
}

/** A rule in one line, e.g. `source=aws.cloudwatch, metric=AWS/EC2 CPUUtilization`. */
function describeRule(rule) {
    const text = (v) => typeof v === 'string' ? v : v.length === 1 ? (v[0] ?? '') : `{${v.join(', ')}}`;
    const parts = [];
    for (const key of ['source', 'detailType', 'alarmName', 'eventName', 'resourceType']) {
        const v = rule[key];
        if (v !== undefined)
            parts.push(`${key}=${text(v)}`);
    }
    if (rule.severity !== undefined)
        parts.push(`severity=${text(rule.severity)}`);
    if (rule.state !== undefined)
        parts.push(`state=${text(rule.state)}`);
    if (rule.metric) {
        const m = rule.metric;
        const dims = Object.entries(m.dimensions ?? {}).map(([k, v]) => `${k}=${text(v ?? [])}`);
        parts.push(`metric=${[m.namespace && text(m.namespace), m.name && text(m.name), ...dims].filter(Boolean).join(' ')}`);
    }
    for (const [k, v] of Object.entries(rule.tags ?? {}))
        parts.push(`tags.${k}=${text(v ?? [])}`);
    return parts.join(', ');
}
/** Confidence of a rule match: specific rules are trusted more, but never fully. */
const ruleConfidence = (score) => Math.min(0.95, 0.6 + 0.05 * score);
function ruleChoice(c) {
    const rule = c.runbook.match[c.rule];
    return {
        id: c.runbook.id,
        confidence: ruleConfidence(c.score),
        why: `its match rule ${c.rule + 1} fits (${rule ? describeRule(rule) : '?'}; specificity ${c.score})`
    };
}
/** The rule a rejecting verdict comes from, as a reason. */
function rejection(v) {
    return `its match rule ${v.rule + 1} is about this kind of incident but requires ${v.requires.join(' and ')}`;
}

/**
 * A text match is proposed only when it explains at least this share of the incident's words
 * that the catalog knows (LexicalMatch.coverage)…
 */
const TEXT_COVERAGE_FLOOR = 0.3;
/**
 * …and scores at least this much more than the runner-up, relative to its own score. Calibrated
 * on eval/triage/cases (25 % → 12 %; docs/triage.md); eval/triage/blind checks it.
 */
const TEXT_MARGIN_FLOOR = 0.12;
/**
 * …and holds at least this many distinct words of the incident's main text (a word and the
 * synonyms it brought count once): one shared word is a coincidence.
 */
const TEXT_MIN_TERMS = 2;
/**
 * …and holds words of the incident worth at least this many words that only one runbook holds
 * (LexicalMatch.evidence in units of the catalog's largest idf): a name and a common word are
 * no evidence, however much of a short alarm they cover.
 */
const TEXT_MIN_EVIDENCE = 2;
/** Rules that tie are settled by the text when the first leads by this relative margin. */
const TIE_MARGIN_FLOOR = 0.2;
/** Text similarity alone never looks as certain as a match rule. */
const TEXT_CONFIDENCE_CAP = 0.6;
/** Text matches whose rules are read for verdicts: the rest cannot reach first or second. */
const TEXT_CANDIDATES = 20;
/**
 * Confidence of a text proposal: CAP · √coverage · (1 + margin) / 2, coverage and margin as
 * above. It rises with both, never exceeds CAP = 0.6, and is at least about 0.18 for a proposal
 * (coverage and margin at their floors).
 */
const textConfidence = (coverage, margin) => TEXT_CONFIDENCE_CAP * Math.sqrt(Math.min(1, coverage)) * ((1 + Math.min(1, margin)) / 2);
/** Whether the runbook's own rule or description speaks against it. */
const against = (c) => c.verdict.kind === 'rejects' || c.excluded !== undefined;
/** An id or word as a code span in a note (ids and words hold no backtick). */
const quote = (id) => `\`${id}\``;
const percent = (x) => `${Math.round(x * 100)} %`;
const shares = (m) => `its text shares ${m.terms.map(quote).join(', ')} (${percent(m.coverage)} of the incident's words that the catalog knows, by rarity)`;
/** What the incident is about, for "no runbook covers …". */
function subject(incident) {
    const metric = incident.metrics.find((m) => m.name !== undefined);
    if (metric)
        return `${metric.namespace ? `${metric.namespace} ` : ''}${metric.name ?? ''}`;
    if (incident.eventName)
        return `${incident.detailType} ${incident.eventName}`;
    return incident.alarmName ?? incident.detailType;
}
/** A term's idf in units of the idf of a word only one runbook holds (1 for words none holds). */
const rarity = (index) => (term) => index.text.idf(term) / index.text.rareIdf();
/** The terms of the incident's main text (not its weak part), each with the word as written. */
function saidTerms(query) {
    const said = new Map();
    for (const text of query.text)
        tokenize(text, (t, _word, written) => {
            if (!said.has(t))
                said.set(t, written);
        });
    return said;
}
/**
 * The text ranking with each runbook's verdict and exclusion, best first. `query` and `said`
 * are the incident's (incidentQuery, saidTerms), passed when the caller already has them.
 */
function textRanking(incident, index, query = incidentQuery(incident), said = saidTerms(query)) {
    return index.text.rank(query, TEXT_CANDIDATES).map((match) => {
        const excluded = excludedBy(match.runbook, said, rarity(index));
        return {
            match,
            verdict: runbookVerdict(match.runbook, incident),
            ...(excluded ? { excluded } : {})
        };
    });
}
function textChoice(m, margin, why) {
    return { id: m.runbook.id, confidence: textConfidence(m.coverage, margin), why };
}
/** What the text chooses when no rule fits: a runbook, or an abstention note. */
function chooseByText(incident, index, ranking) {
    const open = ranking.filter((c) => !against(c));
    const rejected = ranking.filter(against);
    const alternatives = open
        .slice(0, 5)
        .map((c) => textChoice(c.match, 0, `no match rule fits; ${shares(c.match)}`));
    const best = open[0]?.match;
    // The runner-up is the next open runbook, or a rejected or excluded one scoring at least as
    // high: when the text reads closest to a runbook that says "not this one", the incident is
    // about that runbook's topic, and the next one down is no answer to it.
    const above = rejected.find((c) => best && c.match.score >= best.score);
    const runnerUp = [open[1]?.match, above?.match]
        .filter((m) => m !== undefined)
        .sort((a, b) => b.score - a.score)[0];
    const unit = index.text.rareIdf();
    if (best) {
        const m = margin(best, runnerUp);
        if (best.coverage >= TEXT_COVERAGE_FLOOR &&
            m >= TEXT_MARGIN_FLOOR &&
            best.words >= TEXT_MIN_TERMS &&
            best.evidence >= TEXT_MIN_EVIDENCE * unit)
            return {
                runbook: textChoice(best, m, `no match rule fits, but ${shares(best)}, ${percent(m)} ahead of ${runnerUp ? quote(runnerUp.runbook.id) : 'any other runbook'}`),
                alternatives: [
                    textChoice(best, m, `no match rule fits; ${shares(best)}`),
                    ...alternatives.slice(1)
                ]
            };
    }
    return {
        alternatives,
        note: abstention(incident, best, runnerUp, rejected[0], ranking.length > 0, unit)
    };
}
/**
 * Rules tie: the text among the tied runbooks settles it when the first leads by the tie margin
 * and the incident's own words that it holds and the second does not weigh enough.
 */
function settleByText(top, index, query, said) {
    const ids = new Set(top.map((c) => c.runbook.id));
    const docs = new Set(index.catalog.flatMap((c, i) => (ids.has(c.runbook.id) ? [i] : [])));
    const [first, second] = index.text.rank(query, 2, docs);
    const ahead = first ? margin(first, second) : 0;
    const names = top.map((c) => quote(c.runbook.id)).join(' and ');
    // Only words of the incident's main text that the first holds and the second does not tell
    // them apart: each tied rule brings its own metric's words in the weak part.
    let apart = 0;
    for (const [t, w] of first?.held ?? [])
        if (!second?.held.has(t) && said.has(t))
            apart += w;
    if (first &&
        ahead >= TIE_MARGIN_FLOOR &&
        first.words >= TEXT_MIN_TERMS &&
        apart >= TEXT_MIN_EVIDENCE * index.text.rareIdf()) {
        const rule = top.find((c) => c.runbook.id === first.runbook.id);
        if (rule)
            return {
                choice: {
                    ...ruleChoice(rule),
                    confidence: Math.min(ruleChoice(rule).confidence, 0.5 + 0.3 * ahead),
                    why: `${ruleChoice(rule).why}; ${names} match equally well, and ${shares(first)}, ${percent(ahead)} ahead of the next`
                }
            };
    }
    return {
        note: `No runbook proposed: ${names} match equally well and the incident's text does not clearly favour one${first ? ` (closest: ${quote(first.runbook.id)}, ${percent(ahead)} ahead)` : ''}; a person must choose. Give the runbook that should win a higher \`priority\` or a more specific match rule, then \`/retriage\`.`
    };
}
const margin = (first, second) => first.score > 0 ? (first.score - (second?.score ?? 0)) / first.score : 0;
/** What a runbook's exclusion clause says and which of the incident's words said it. */
const notToUse = (e) => `its description says not to use it ${e.clause} and the incident says ${e.terms.map(quote).join(', ')}`;
/** Why nothing was proposed, and what a person can do about it. */
function abstention(incident, best, runnerUp, rejected, anyText, unit) {
    const parts = [`No runbook proposed: no match rule in the catalog covers ${subject(incident)}`];
    if (best) {
        const m = margin(best, runnerUp);
        if (best.words < TEXT_MIN_TERMS)
            parts.push(`the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')} (a proposal needs ${TEXT_MIN_TERMS} of the incident's words in common)`);
        else if (best.evidence < TEXT_MIN_EVIDENCE * unit)
            parts.push(`the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')}: names and common words, too little to go on`);
        else if (best.coverage < TEXT_COVERAGE_FLOOR)
            parts.push(`the closest by text, ${quote(best.runbook.id)}, shares only ${best.terms.map(quote).join(', ')} (${percent(best.coverage)} of the incident's words that the catalog knows; a proposal needs ${percent(TEXT_COVERAGE_FLOOR)})`);
        else if (runnerUp && runnerUp.score < best.score)
            parts.push(`${quote(best.runbook.id)} and ${quote(runnerUp.runbook.id)} are about as close by text (${percent(m)} apart; a proposal needs ${percent(TEXT_MARGIN_FLOOR)})`);
    }
    else if (!anyText) {
        parts.push('and no runbook shares its words');
    }
    if (rejected?.verdict.kind === 'rejects')
        parts.push(`${quote(rejected.match.runbook.id)} reads close, but ${rejection(rejected.verdict)}`);
    else if (rejected?.excluded)
        parts.push(`${quote(rejected.match.runbook.id)} reads close, but its description says not to use it ${rejected.excluded.clause} (the incident says ${rejected.excluded.terms.map(quote).join(', ')})`);
    return `${parts.join('; ')}. If a runbook should handle this, add a match rule for it (the pull request's validation checks it), then \`/retriage\`.`;
}

/** Rules tie: the text among the tied runbooks settles it when it clearly can. */
function settleTie(top, input, query, said) {
    const pick = top.find((c) => c.runbook.id === input.hint);
    if (pick)
        return {
            choice: {
                ...ruleChoice(pick),
                why: `${ruleChoice(pick).why}; chosen among equally good matches by the dispatch context's runbook hint`
            }
        };
    const proven = top.find((c) => c.runbook.id === input.history?.runbook);
    if (proven && input.history)
        return {
            choice: {
                ...ruleChoice(proven),
                why: `${ruleChoice(proven).why}; chosen among equally good matches because ${input.history.why}`
            }
        };
    return settleByText(top, input.index, query, said);
}
function decide(input) {
    const { incident, index } = input;
    const gate = remediationGate(incident);
    let textCache;
    const query = incidentQuery(incident);
    const said = saidTerms(query);
    const text = () => (textCache ??= textRanking(incident, index, query, said));
    const ranked = index.rules.rank(incident);
    const gated = gate.remediable ? ranked : ranked.filter(isExplicit);
    const notes = [];
    // A fitting rule is the author's word for the runbook, and its "Do not use it …" clause is
    // their word against it: when the incident says what the clause names, the runbook is out.
    const fits = gated.filter((c) => {
        const excluded = excludedBy(c.runbook, said, rarity(index), EXCLUSION_STRENGTH_AGAINST_RULE);
        if (excluded)
            notes.push(`${quote(c.runbook.id)}'s match rule ${c.rule + 1} fits, but ${notToUse(excluded)}; it was not proposed.`);
        return !excluded;
    });
    const facts = () => ({ gate, fits, text: textCache ?? [] });
    if (!gate.remediable && fits.length === 0)
        return {
            alternatives: [],
            notes: [`No runbook proposed: ${gate.reason}.`],
            facts: facts()
        };
    if (fits.length === 0 && gated.length > 0)
        return {
            alternatives: [],
            notes: [
                ...notes,
                'No runbook proposed: every runbook whose rule fits excludes this incident.'
            ],
            facts: facts()
        };
    const hinted = input.hint
        ? index.catalog.find((c) => c.runbook.id === input.hint)?.runbook
        : undefined;
    if (input.hint && !hinted)
        notes.push(`The dispatch context suggests runbook ${quote(input.hint)}, which is not in the catalog.`);
    const [first, second] = fits;
    if (first) {
        const alternatives = fits.map(ruleChoice);
        if (!second || !tied(first, second))
            return { runbook: ruleChoice(first), alternatives, notes, facts: facts() };
        const top = fits.filter((c) => tied(c, first));
        const settled = settleTie(top, input, query, said);
        if (settled.note)
            notes.push(settled.note);
        return {
            ...(settled.choice ? { runbook: settled.choice } : {}),
            alternatives,
            notes,
            facts: facts()
        };
    }
    // No rule fits. A hint or history naming a runbook whose own rules reject the incident is
    // refused: the rule is the catalog author's word, the hint is the sender's.
    if (hinted) {
        const verdict = runbookVerdict(hinted, incident);
        const excluded = excludedBy(hinted, said, rarity(index));
        if (verdict.kind === 'rejects')
            notes.push(`The dispatch context suggests ${quote(hinted.id)}, but ${rejection(verdict)}; it was not proposed.`);
        else if (excluded)
            notes.push(`The dispatch context suggests ${quote(hinted.id)}, but ${notToUse(excluded)}; it was not proposed.`);
        else
            return {
                runbook: {
                    id: hinted.id,
                    confidence: 0.5,
                    why: "suggested by the dispatch context's runbook hint; none of the catalog's match rules fits"
                },
                alternatives: [],
                notes,
                facts: facts()
            };
    }
    const proven = input.history
        ? index.catalog.find((c) => c.runbook.id === input.history?.runbook)?.runbook
        : undefined;
    if (proven &&
        input.history &&
        runbookVerdict(proven, incident).kind !== 'rejects' &&
        !excludedBy(proven, said, rarity(index)))
        return {
            runbook: {
                id: proven.id,
                confidence: 0.55,
                why: `none of the catalog's match rules fits, but ${input.history.why}`
            },
            alternatives: [],
            notes,
            facts: facts()
        };
    const chosen = chooseByText(incident, index, text());
    if (chosen.note)
        notes.push(chosen.note);
    return {
        ...(chosen.runbook ? { runbook: chosen.runbook } : {}),
        alternatives: chosen.alternatives,
        notes,
        facts: facts()
    };
}

function summaryOf(incident) {
    const reason = incident.reason ? `: ${incident.reason}` : '';
    const text = `${incident.title}${reason}`;
    return text.length > 600 ? `${text.slice(0, 597)}…` : text;
}
/** Changes this close before the incident are leads. */
const CHANGE_LEAD_MINUTES = 120;
const LEADS = 4;
const clipText = (text, max) => text.length > max ? `${text.slice(0, max - 1)}…` : text;
/** Leads from the gathered context: recent changes and unusual errors, most telling first. */
function leads(signals) {
    if (!signals)
        return [];
    const out = [];
    for (const c of signals.changes
        .filter((c) => c.minutesBefore <= CHANGE_LEAD_MINUTES)
        .slice(0, 2)) {
        const failed = c.state === 'failure' || c.state === 'error';
        out.push({
            cause: `A change landed ${c.minutesBefore} min before the incident: ${c.label}${failed ? `, and its deployment reported ${c.state}` : ''}. Check whether it caused this.`,
            confidence: failed
                ? c.minutesBefore <= 30
                    ? 0.45
                    : 0.3
                : c.minutesBefore <= 30
                    ? 0.35
                    : 0.2,
            evidence: [c.evidence]
        });
    }
    for (const l of signals.logs.slice(0, 2)) {
        const how = l.new ? 'A new' : `A bursting (×${(l.burst ?? 1).toFixed(1)})`;
        out.push({
            cause: `${how} ${l.severity.toUpperCase()} log line in ${l.group}: ${clipText(l.template, 200)}`,
            confidence: l.severity === 'fatal' ? 0.35 : l.severity === 'error' ? 0.3 : 0.2,
            evidence: [l.evidence]
        });
    }
    return out.sort((a, b) => b.confidence - a.confidence).slice(0, LEADS);
}
/** The newest incident about the same alarm that a runbook in the catalog resolved. */
function resolvedBefore(request) {
    return request.signals?.past.find((p) => p.sameAlarm &&
        p.outcome === 'remediated' &&
        p.runbook !== undefined &&
        request.catalog.some((c) => c.runbook.id === p.runbook));
}
function historyChoice(p, confidence) {
    return {
        id: p.runbook ?? '',
        confidence,
        why: `it resolved the same alarm in #${p.number} (${p.evidence})`
    };
}
/** The rules provider's triage. Pure over the request. */
function rulesTriage(request) {
    const { incident } = request;
    const hint = typeof incident.context.runbook === 'string' ? incident.context.runbook : undefined;
    const history = resolvedBefore(request);
    const { runbook, notes, alternatives } = decide({
        incident,
        index: request.index ?? TriageIndex.of(request.catalog),
        ...(hint ? { hint } : {}),
        ...(history?.runbook
            ? { history: { runbook: history.runbook, why: historyChoice(history, 0).why } }
            : {})
    });
    const proven = history && request.catalog.find((c) => c.runbook.id === history.runbook);
    // A runbook whose own rule rejects this incident is no alternative, whatever it fixed before.
    if (history &&
        proven &&
        runbook?.id !== history.runbook &&
        runbookVerdict(proven.runbook, incident).kind !== 'rejects')
        alternatives.push(historyChoice(history, 0.5));
    const failedBefore = request.signals?.past.find((p) => p.sameAlarm &&
        p.runbook === runbook?.id &&
        (p.outcome === 'rolled-back' || p.outcome === 'remediation-failed'));
    if (runbook && failedBefore)
        notes.push(`\`${runbook.id}\` did not fix this alarm in #${failedBefore.number} (${failedBefore.outcome}, ${failedBefore.evidence}); look at the causes before approving it again.`);
    return {
        provider: 'rules',
        summary: summaryOf(incident),
        severity: incident.severity,
        causes: leads(request.signals),
        ...(runbook ? { runbook } : {}),
        parameters: {},
        alternatives: alternatives.filter((a) => a.id !== runbook?.id).slice(0, 5),
        rationale: runbook
            ? `\`${runbook.id}\` was chosen because ${runbook.why}.`
            : 'No runbook was chosen.',
        notes
    };
}
const rulesProvider = {
    name: 'rules',
    triage: (request) => Promise.resolve(rulesTriage(request))
};

export { TRIAGE_INDEX_FORMAT as T, TriageIndex as a, rulesProvider as b, rejection as c, describeRule as d, decide as e, textRanking as f, percent as p, rulesTriage as r, tokenize as t };
