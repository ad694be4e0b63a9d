// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __esmMin = (fn, res, err) => () => {
	if (err) throw err[0];
	try {
		return fn && (res = fn(fn = 0)), res;
	} catch (e) {
		throw err = [e], e;
	}
};
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// node_modules/@lit/context/lib/context-request-event.js
/**
* @license
* Copyright 2021 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
var s$7 = class extends Event {
	constructor(s, t, e, o) {
		super("context-request", {
			bubbles: !0,
			composed: !0
		}), this.context = s, this.contextTarget = t, this.callback = e, this.subscribe = o ?? !1;
	}
};
// node_modules/@lit/context/lib/create-context.js
/**
* @license
* Copyright 2021 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
function n$5(n) {
	return n;
}
// node_modules/@lit/context/lib/controllers/context-consumer.js
/**
* @license
* Copyright 2021 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var s$6 = class {
	constructor(t, s, i, h) {
		if (this.subscribe = !1, this.provided = !1, this.value = void 0, this.t = (t, s) => {
			this.unsubscribe && (this.unsubscribe !== s && (this.provided = !1, this.unsubscribe()), this.subscribe || this.unsubscribe()), this.value = t, this.host.requestUpdate(), this.provided && !this.subscribe || (this.provided = !0, this.callback && this.callback(t, s)), this.unsubscribe = s;
		}, this.host = t, void 0 !== s.context) {
			const t = s;
			this.context = t.context, this.callback = t.callback, this.subscribe = t.subscribe ?? !1;
		} else this.context = s, this.callback = i, this.subscribe = h ?? !1;
		this.host.addController(this);
	}
	hostConnected() {
		this.dispatchRequest();
	}
	hostDisconnected() {
		this.unsubscribe && (this.unsubscribe(), this.unsubscribe = void 0);
	}
	dispatchRequest() {
		this.host.dispatchEvent(new s$7(this.context, this.host, this.t, this.subscribe));
	}
};
// node_modules/@lit/context/lib/value-notifier.js
/**
* @license
* Copyright 2021 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
var s$5 = class {
	get value() {
		return this.o;
	}
	set value(s) {
		this.setValue(s);
	}
	setValue(s, t = !1) {
		const i = t || !Object.is(s, this.o);
		this.o = s, i && this.updateObservers();
	}
	constructor(s) {
		this.subscriptions = /* @__PURE__ */ new Map(), this.updateObservers = () => {
			for (const [s, { disposer: t }] of this.subscriptions) s(this.o, t);
		}, void 0 !== s && (this.value = s);
	}
	addCallback(s, t, i) {
		if (!i) return void s(this.value);
		this.subscriptions.has(s) || this.subscriptions.set(s, {
			disposer: () => {
				this.subscriptions.delete(s);
			},
			consumerHost: t
		});
		const { disposer: h } = this.subscriptions.get(s);
		s(this.value, h);
	}
	clearCallbacks() {
		this.subscriptions.clear();
	}
};
// node_modules/@lit/context/lib/controllers/context-provider.js
/**
* @license
* Copyright 2021 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var e$7 = class extends Event {
	constructor(t, s) {
		super("context-provider", {
			bubbles: !0,
			composed: !0
		}), this.context = t, this.contextTarget = s;
	}
};
var i$7 = class extends s$5 {
	constructor(s, e, i) {
		super(void 0 !== e.context ? e.initialValue : i), this.onContextRequest = (t) => {
			if (t.context !== this.context) return;
			const s = t.contextTarget ?? t.composedPath()[0];
			s !== this.host && (t.stopPropagation(), this.addCallback(t.callback, s, t.subscribe));
		}, this.onProviderRequest = (s) => {
			if (s.context !== this.context) return;
			if ((s.contextTarget ?? s.composedPath()[0]) === this.host) return;
			const e = /* @__PURE__ */ new Set();
			for (const [s, { consumerHost: i }] of this.subscriptions) e.has(s) || (e.add(s), i.dispatchEvent(new s$7(this.context, i, s, !0)));
			s.stopPropagation();
		}, this.host = s, void 0 !== e.context ? this.context = e.context : this.context = e, this.attachListeners(), this.host.addController?.(this);
	}
	attachListeners() {
		this.host.addEventListener("context-request", this.onContextRequest), this.host.addEventListener("context-provider", this.onProviderRequest);
	}
	hostConnected() {
		this.host.dispatchEvent(new e$7(this.context, this.host));
	}
};
// node_modules/@lit/context/lib/context-root.js
/**
* @license
* Copyright 2021 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var t$4 = class {
	constructor() {
		this.pendingContextRequests = /* @__PURE__ */ new Map(), this.onContextProvider = (t) => {
			const s = this.pendingContextRequests.get(t.context);
			if (void 0 === s) return;
			this.pendingContextRequests.delete(t.context);
			const { requests: o } = s;
			for (const { elementRef: s, callbackRef: n } of o) {
				const o = s.deref(), c = n.deref();
				void 0 === o || void 0 === c || o.dispatchEvent(new s$7(t.context, o, c, !0));
			}
		}, this.onContextRequest = (e) => {
			if (!0 !== e.subscribe) return;
			const t = e.contextTarget ?? e.composedPath()[0], s = e.callback;
			let o = this.pendingContextRequests.get(e.context);
			void 0 === o && this.pendingContextRequests.set(e.context, o = {
				callbacks: /* @__PURE__ */ new WeakMap(),
				requests: []
			});
			let n = o.callbacks.get(t);
			void 0 === n && o.callbacks.set(t, n = /* @__PURE__ */ new WeakSet()), n.has(s) || (n.add(s), o.requests.push({
				elementRef: new WeakRef(t),
				callbackRef: new WeakRef(s)
			}));
		};
	}
	attach(e) {
		e.addEventListener("context-request", this.onContextRequest), e.addEventListener("context-provider", this.onContextProvider);
	}
	detach(e) {
		e.removeEventListener("context-request", this.onContextRequest), e.removeEventListener("context-provider", this.onContextProvider);
	}
};
// src/context/adapter-context.ts
/**
* The context every widget consumes its DataAdapter from. The key is global and versioned so
* two copies of the kit on one page (a CMS plugin and a hand-added script) share providers.
*/
var adapterContext = n$5(Symbol.for("lead-kit.adapter.v1"));
var ROOT_FLAG = Symbol.for("lead-kit.context-root.v1");
/**
* Attaches one `ContextRoot` to the document, so a widget that upgrades before its
* `<lead-kit>` provider is defined still receives the provider's adapter when it arrives
* (`@lit/context` otherwise drops that early request). Idempotent across copies of the kit.
*/
function ensureContextRoot() {
	if (typeof document === "undefined") return;
	const holder = document;
	if (holder[ROOT_FLAG]) return;
	holder[ROOT_FLAG] = true;
	new t$4().attach(document.documentElement);
}
// node_modules/@lit/reactive-element/css-tag.js
/**
* @license
* Copyright 2019 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
var t$3 = globalThis;
var e$6 = t$3.ShadowRoot && (void 0 === t$3.ShadyCSS || t$3.ShadyCSS.nativeShadow) && "adoptedStyleSheets" in Document.prototype && "replace" in CSSStyleSheet.prototype;
var s$4 = Symbol();
var o$5 = /* @__PURE__ */ new WeakMap();
var n$4 = class {
	constructor(t, e, o) {
		if (this._$cssResult$ = !0, o !== s$4) throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");
		this.cssText = t, this.t = e;
	}
	get styleSheet() {
		let t = this.o;
		const s = this.t;
		if (e$6 && void 0 === t) {
			const e = void 0 !== s && 1 === s.length;
			e && (t = o$5.get(s)), void 0 === t && ((this.o = t = new CSSStyleSheet()).replaceSync(this.cssText), e && o$5.set(s, t));
		}
		return t;
	}
	toString() {
		return this.cssText;
	}
};
var r$6 = (t) => new n$4("string" == typeof t ? t : t + "", void 0, s$4);
var i$6 = (t, ...e) => {
	return new n$4(1 === t.length ? t[0] : e.reduce((e, s, o) => e + ((t) => {
		if (!0 === t._$cssResult$) return t.cssText;
		if ("number" == typeof t) return t;
		throw Error("Value passed to 'css' function must be a 'css' function result: " + t + ". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.");
	})(s) + t[o + 1], t[0]), t, s$4);
};
var S$1 = (s, o) => {
	if (e$6) s.adoptedStyleSheets = o.map((t) => t instanceof CSSStyleSheet ? t : t.styleSheet);
	else for (const e of o) {
		const o = document.createElement("style"), n = t$3.litNonce;
		void 0 !== n && o.setAttribute("nonce", n), o.textContent = e.cssText, s.appendChild(o);
	}
};
var c$3 = e$6 ? (t) => t : (t) => t instanceof CSSStyleSheet ? ((t) => {
	let e = "";
	for (const s of t.cssRules) e += s.cssText;
	return r$6(e);
})(t) : t;
// node_modules/@lit/reactive-element/reactive-element.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var { is: i$5, defineProperty: e$5, getOwnPropertyDescriptor: h$3, getOwnPropertyNames: r$5, getOwnPropertySymbols: o$4, getPrototypeOf: n$3 } = Object, a$1 = globalThis, c$2 = a$1.trustedTypes, l$3 = c$2 ? c$2.emptyScript : "", p$2 = a$1.reactiveElementPolyfillSupport, d$2 = (t, s) => t, u$2 = {
	toAttribute(t, s) {
		switch (s) {
			case Boolean:
				t = t ? l$3 : null;
				break;
			case Object:
			case Array: t = null == t ? t : JSON.stringify(t);
		}
		return t;
	},
	fromAttribute(t, s) {
		let i = t;
		switch (s) {
			case Boolean:
				i = null !== t;
				break;
			case Number:
				i = null === t ? null : Number(t);
				break;
			case Object:
			case Array: try {
				i = JSON.parse(t);
			} catch (t) {
				i = null;
			}
		}
		return i;
	}
}, f$2 = (t, s) => !i$5(t, s), b$1 = {
	attribute: !0,
	type: String,
	converter: u$2,
	reflect: !1,
	useDefault: !1,
	hasChanged: f$2
};
Symbol.metadata ??= Symbol("metadata"), a$1.litPropertyMetadata ??= /* @__PURE__ */ new WeakMap();
var y$1 = class extends HTMLElement {
	static addInitializer(t) {
		this._$Ei(), (this.l ??= []).push(t);
	}
	static get observedAttributes() {
		return this.finalize(), this._$Eh && [...this._$Eh.keys()];
	}
	static createProperty(t, s = b$1) {
		if (s.state && (s.attribute = !1), this._$Ei(), this.prototype.hasOwnProperty(t) && ((s = Object.create(s)).wrapped = !0), this.elementProperties.set(t, s), !s.noAccessor) {
			const i = Symbol(), h = this.getPropertyDescriptor(t, i, s);
			void 0 !== h && e$5(this.prototype, t, h);
		}
	}
	static getPropertyDescriptor(t, s, i) {
		const { get: e, set: r } = h$3(this.prototype, t) ?? {
			get() {
				return this[s];
			},
			set(t) {
				this[s] = t;
			}
		};
		return {
			get: e,
			set(s) {
				const h = e?.call(this);
				r?.call(this, s), this.requestUpdate(t, h, i);
			},
			configurable: !0,
			enumerable: !0
		};
	}
	static getPropertyOptions(t) {
		return this.elementProperties.get(t) ?? b$1;
	}
	static _$Ei() {
		if (this.hasOwnProperty(d$2("elementProperties"))) return;
		const t = n$3(this);
		t.finalize(), void 0 !== t.l && (this.l = [...t.l]), this.elementProperties = new Map(t.elementProperties);
	}
	static finalize() {
		if (this.hasOwnProperty(d$2("finalized"))) return;
		if (this.finalized = !0, this._$Ei(), this.hasOwnProperty(d$2("properties"))) {
			const t = this.properties, s = [...r$5(t), ...o$4(t)];
			for (const i of s) this.createProperty(i, t[i]);
		}
		const t = this[Symbol.metadata];
		if (null !== t) {
			const s = litPropertyMetadata.get(t);
			if (void 0 !== s) for (const [t, i] of s) this.elementProperties.set(t, i);
		}
		this._$Eh = /* @__PURE__ */ new Map();
		for (const [t, s] of this.elementProperties) {
			const i = this._$Eu(t, s);
			void 0 !== i && this._$Eh.set(i, t);
		}
		this.elementStyles = this.finalizeStyles(this.styles);
	}
	static finalizeStyles(s) {
		const i = [];
		if (Array.isArray(s)) {
			const e = new Set(s.flat(1 / 0).reverse());
			for (const s of e) i.unshift(c$3(s));
		} else void 0 !== s && i.push(c$3(s));
		return i;
	}
	static _$Eu(t, s) {
		const i = s.attribute;
		return !1 === i ? void 0 : "string" == typeof i ? i : "string" == typeof t ? t.toLowerCase() : void 0;
	}
	constructor() {
		super(), this._$Ep = void 0, this.isUpdatePending = !1, this.hasUpdated = !1, this._$Em = null, this._$Ev();
	}
	_$Ev() {
		this._$ES = new Promise((t) => this.enableUpdating = t), this._$AL = /* @__PURE__ */ new Map(), this._$E_(), this.requestUpdate(), this.constructor.l?.forEach((t) => t(this));
	}
	addController(t) {
		(this._$EO ??= /* @__PURE__ */ new Set()).add(t), void 0 !== this.renderRoot && this.isConnected && t.hostConnected?.();
	}
	removeController(t) {
		this._$EO?.delete(t);
	}
	_$E_() {
		const t = /* @__PURE__ */ new Map(), s = this.constructor.elementProperties;
		for (const i of s.keys()) this.hasOwnProperty(i) && (t.set(i, this[i]), delete this[i]);
		t.size > 0 && (this._$Ep = t);
	}
	createRenderRoot() {
		const t = this.shadowRoot ?? this.attachShadow(this.constructor.shadowRootOptions);
		return S$1(t, this.constructor.elementStyles), t;
	}
	connectedCallback() {
		this.renderRoot ??= this.createRenderRoot(), this.enableUpdating(!0), this._$EO?.forEach((t) => t.hostConnected?.());
	}
	enableUpdating(t) {}
	disconnectedCallback() {
		this._$EO?.forEach((t) => t.hostDisconnected?.());
	}
	attributeChangedCallback(t, s, i) {
		this._$AK(t, i);
	}
	_$ET(t, s) {
		const i = this.constructor.elementProperties.get(t), e = this.constructor._$Eu(t, i);
		if (void 0 !== e && !0 === i.reflect) {
			const h = (void 0 !== i.converter?.toAttribute ? i.converter : u$2).toAttribute(s, i.type);
			this._$Em = t, null == h ? this.removeAttribute(e) : this.setAttribute(e, h), this._$Em = null;
		}
	}
	_$AK(t, s) {
		const i = this.constructor, e = i._$Eh.get(t);
		if (void 0 !== e && this._$Em !== e) {
			const t = i.getPropertyOptions(e), h = "function" == typeof t.converter ? { fromAttribute: t.converter } : void 0 !== t.converter?.fromAttribute ? t.converter : u$2;
			this._$Em = e;
			const r = h.fromAttribute(s, t.type);
			this[e] = r ?? this._$Ej?.get(e) ?? r, this._$Em = null;
		}
	}
	requestUpdate(t, s, i, e = !1, h) {
		if (void 0 !== t) {
			const r = this.constructor;
			if (!1 === e && (h = this[t]), i ??= r.getPropertyOptions(t), !((i.hasChanged ?? f$2)(h, s) || i.useDefault && i.reflect && h === this._$Ej?.get(t) && !this.hasAttribute(r._$Eu(t, i)))) return;
			this.C(t, s, i);
		}
		!1 === this.isUpdatePending && (this._$ES = this._$EP());
	}
	C(t, s, { useDefault: i, reflect: e, wrapped: h }, r) {
		i && !(this._$Ej ??= /* @__PURE__ */ new Map()).has(t) && (this._$Ej.set(t, r ?? s ?? this[t]), !0 !== h || void 0 !== r) || (this._$AL.has(t) || (this.hasUpdated || i || (s = void 0), this._$AL.set(t, s)), !0 === e && this._$Em !== t && (this._$Eq ??= /* @__PURE__ */ new Set()).add(t));
	}
	async _$EP() {
		this.isUpdatePending = !0;
		try {
			await this._$ES;
		} catch (t) {
			Promise.reject(t);
		}
		const t = this.scheduleUpdate();
		return null != t && await t, !this.isUpdatePending;
	}
	scheduleUpdate() {
		return this.performUpdate();
	}
	performUpdate() {
		if (!this.isUpdatePending) return;
		if (!this.hasUpdated) {
			if (this.renderRoot ??= this.createRenderRoot(), this._$Ep) {
				for (const [t, s] of this._$Ep) this[t] = s;
				this._$Ep = void 0;
			}
			const t = this.constructor.elementProperties;
			if (t.size > 0) for (const [s, i] of t) {
				const { wrapped: t } = i, e = this[s];
				!0 !== t || this._$AL.has(s) || void 0 === e || this.C(s, void 0, i, e);
			}
		}
		let t = !1;
		const s = this._$AL;
		try {
			t = this.shouldUpdate(s), t ? (this.willUpdate(s), this._$EO?.forEach((t) => t.hostUpdate?.()), this.update(s)) : this._$EM();
		} catch (s) {
			throw t = !1, this._$EM(), s;
		}
		t && this._$AE(s);
	}
	willUpdate(t) {}
	_$AE(t) {
		this._$EO?.forEach((t) => t.hostUpdated?.()), this.hasUpdated || (this.hasUpdated = !0, this.firstUpdated(t)), this.updated(t);
	}
	_$EM() {
		this._$AL = /* @__PURE__ */ new Map(), this.isUpdatePending = !1;
	}
	get updateComplete() {
		return this.getUpdateComplete();
	}
	getUpdateComplete() {
		return this._$ES;
	}
	shouldUpdate(t) {
		return !0;
	}
	update(t) {
		this._$Eq &&= this._$Eq.forEach((t) => this._$ET(t, this[t])), this._$EM();
	}
	updated(t) {}
	firstUpdated(t) {}
};
y$1.elementStyles = [], y$1.shadowRootOptions = { mode: "open" }, y$1[d$2("elementProperties")] = /* @__PURE__ */ new Map(), y$1[d$2("finalized")] = /* @__PURE__ */ new Map(), p$2?.({ ReactiveElement: y$1 }), (a$1.reactiveElementVersions ??= []).push("2.1.2");
// node_modules/lit-html/lit-html.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
var t$2 = globalThis;
var i$4 = (t) => t;
var s$3 = t$2.trustedTypes;
var e$4 = s$3 ? s$3.createPolicy("lit-html", { createHTML: (t) => t }) : void 0;
var h$2 = "$lit$";
var o$3 = `lit$${Math.random().toFixed(9).slice(2)}$`;
var n$2 = "?" + o$3;
var r$4 = `<${n$2}>`;
var l$2 = document;
var c$1 = () => l$2.createComment("");
var a = (t) => null === t || "object" != typeof t && "function" != typeof t;
var u$1 = Array.isArray;
var d$1 = (t) => u$1(t) || "function" == typeof t?.[Symbol.iterator];
var f$1 = "[ 	\n\f\r]";
var v$1 = /<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g;
var _ = /-->/g;
var m$1 = />/g;
var p$1 = RegExp(`>|${f$1}(?:([^\\s"'>=/]+)(${f$1}*=${f$1}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`, "g");
var g = /'/g;
var $ = /"/g;
var y = /^(?:script|style|textarea|title)$/i;
var x = (t) => (i, ...s) => ({
	_$litType$: t,
	strings: i,
	values: s
});
var b = x(1);
var E = Symbol.for("lit-noChange");
var A = Symbol.for("lit-nothing");
var C = /* @__PURE__ */ new WeakMap();
var P = l$2.createTreeWalker(l$2, 129);
function V(t, i) {
	if (!u$1(t) || !t.hasOwnProperty("raw")) throw Error("invalid template strings array");
	return void 0 !== e$4 ? e$4.createHTML(i) : i;
}
var N = (t, i) => {
	const s = t.length - 1, e = [];
	let n, l = 2 === i ? "<svg>" : 3 === i ? "<math>" : "", c = v$1;
	for (let i = 0; i < s; i++) {
		const s = t[i];
		let a, u, d = -1, f = 0;
		for (; f < s.length && (c.lastIndex = f, u = c.exec(s), null !== u);) f = c.lastIndex, c === v$1 ? "!--" === u[1] ? c = _ : void 0 !== u[1] ? c = m$1 : void 0 !== u[2] ? (y.test(u[2]) && (n = RegExp("</" + u[2], "g")), c = p$1) : void 0 !== u[3] && (c = p$1) : c === p$1 ? ">" === u[0] ? (c = n ?? v$1, d = -1) : void 0 === u[1] ? d = -2 : (d = c.lastIndex - u[2].length, a = u[1], c = void 0 === u[3] ? p$1 : "\"" === u[3] ? $ : g) : c === $ || c === g ? c = p$1 : c === _ || c === m$1 ? c = v$1 : (c = p$1, n = void 0);
		const x = c === p$1 && t[i + 1].startsWith("/>") ? " " : "";
		l += c === v$1 ? s + r$4 : d >= 0 ? (e.push(a), s.slice(0, d) + h$2 + s.slice(d) + o$3 + x) : s + o$3 + (-2 === d ? i : x);
	}
	return [V(t, l + (t[s] || "<?>") + (2 === i ? "</svg>" : 3 === i ? "</math>" : "")), e];
};
var S = class S {
	constructor({ strings: t, _$litType$: i }, e) {
		let r;
		this.parts = [];
		let l = 0, a = 0;
		const u = t.length - 1, d = this.parts, [f, v] = N(t, i);
		if (this.el = S.createElement(f, e), P.currentNode = this.el.content, 2 === i || 3 === i) {
			const t = this.el.content.firstChild;
			t.replaceWith(...t.childNodes);
		}
		for (; null !== (r = P.nextNode()) && d.length < u;) {
			if (1 === r.nodeType) {
				if (r.hasAttributes()) for (const t of r.getAttributeNames()) if (t.endsWith(h$2)) {
					const i = v[a++], s = r.getAttribute(t).split(o$3), e = /([.?@])?(.*)/.exec(i);
					d.push({
						type: 1,
						index: l,
						name: e[2],
						strings: s,
						ctor: "." === e[1] ? I : "?" === e[1] ? L : "@" === e[1] ? z : H
					}), r.removeAttribute(t);
				} else t.startsWith(o$3) && (d.push({
					type: 6,
					index: l
				}), r.removeAttribute(t));
				if (y.test(r.tagName)) {
					const t = r.textContent.split(o$3), i = t.length - 1;
					if (i > 0) {
						r.textContent = s$3 ? s$3.emptyScript : "";
						for (let s = 0; s < i; s++) r.append(t[s], c$1()), P.nextNode(), d.push({
							type: 2,
							index: ++l
						});
						r.append(t[i], c$1());
					}
				}
			} else if (8 === r.nodeType) if (r.data === n$2) d.push({
				type: 2,
				index: l
			});
			else {
				let t = -1;
				for (; -1 !== (t = r.data.indexOf(o$3, t + 1));) d.push({
					type: 7,
					index: l
				}), t += o$3.length - 1;
			}
			l++;
		}
	}
	static createElement(t, i) {
		const s = l$2.createElement("template");
		return s.innerHTML = t, s;
	}
};
function M$1(t, i, s = t, e) {
	if (i === E) return i;
	let h = void 0 !== e ? s._$Co?.[e] : s._$Cl;
	const o = a(i) ? void 0 : i._$litDirective$;
	return h?.constructor !== o && (h?._$AO?.(!1), void 0 === o ? h = void 0 : (h = new o(t), h._$AT(t, s, e)), void 0 !== e ? (s._$Co ??= [])[e] = h : s._$Cl = h), void 0 !== h && (i = M$1(t, h._$AS(t, i.values), h, e)), i;
}
var R = class {
	constructor(t, i) {
		this._$AV = [], this._$AN = void 0, this._$AD = t, this._$AM = i;
	}
	get parentNode() {
		return this._$AM.parentNode;
	}
	get _$AU() {
		return this._$AM._$AU;
	}
	u(t) {
		const { el: { content: i }, parts: s } = this._$AD, e = (t?.creationScope ?? l$2).importNode(i, !0);
		P.currentNode = e;
		let h = P.nextNode(), o = 0, n = 0, r = s[0];
		for (; void 0 !== r;) {
			if (o === r.index) {
				let i;
				2 === r.type ? i = new k(h, h.nextSibling, this, t) : 1 === r.type ? i = new r.ctor(h, r.name, r.strings, this, t) : 6 === r.type && (i = new Z(h, this, t)), this._$AV.push(i), r = s[++n];
			}
			o !== r?.index && (h = P.nextNode(), o++);
		}
		return P.currentNode = l$2, e;
	}
	p(t) {
		let i = 0;
		for (const s of this._$AV) void 0 !== s && (void 0 !== s.strings ? (s._$AI(t, s, i), i += s.strings.length - 2) : s._$AI(t[i])), i++;
	}
};
var k = class k {
	get _$AU() {
		return this._$AM?._$AU ?? this._$Cv;
	}
	constructor(t, i, s, e) {
		this.type = 2, this._$AH = A, this._$AN = void 0, this._$AA = t, this._$AB = i, this._$AM = s, this.options = e, this._$Cv = e?.isConnected ?? !0;
	}
	get parentNode() {
		let t = this._$AA.parentNode;
		const i = this._$AM;
		return void 0 !== i && 11 === t?.nodeType && (t = i.parentNode), t;
	}
	get startNode() {
		return this._$AA;
	}
	get endNode() {
		return this._$AB;
	}
	_$AI(t, i = this) {
		t = M$1(this, t, i), a(t) ? t === A || null == t || "" === t ? (this._$AH !== A && this._$AR(), this._$AH = A) : t !== this._$AH && t !== E && this._(t) : void 0 !== t._$litType$ ? this.$(t) : void 0 !== t.nodeType ? this.T(t) : d$1(t) ? this.k(t) : this._(t);
	}
	O(t) {
		return this._$AA.parentNode.insertBefore(t, this._$AB);
	}
	T(t) {
		this._$AH !== t && (this._$AR(), this._$AH = this.O(t));
	}
	_(t) {
		this._$AH !== A && a(this._$AH) ? this._$AA.nextSibling.data = t : this.T(l$2.createTextNode(t)), this._$AH = t;
	}
	$(t) {
		const { values: i, _$litType$: s } = t, e = "number" == typeof s ? this._$AC(t) : (void 0 === s.el && (s.el = S.createElement(V(s.h, s.h[0]), this.options)), s);
		if (this._$AH?._$AD === e) this._$AH.p(i);
		else {
			const t = new R(e, this), s = t.u(this.options);
			t.p(i), this.T(s), this._$AH = t;
		}
	}
	_$AC(t) {
		let i = C.get(t.strings);
		return void 0 === i && C.set(t.strings, i = new S(t)), i;
	}
	k(t) {
		u$1(this._$AH) || (this._$AH = [], this._$AR());
		const i = this._$AH;
		let s, e = 0;
		for (const h of t) e === i.length ? i.push(s = new k(this.O(c$1()), this.O(c$1()), this, this.options)) : s = i[e], s._$AI(h), e++;
		e < i.length && (this._$AR(s && s._$AB.nextSibling, e), i.length = e);
	}
	_$AR(t = this._$AA.nextSibling, s) {
		for (this._$AP?.(!1, !0, s); t !== this._$AB;) {
			const s = i$4(t).nextSibling;
			i$4(t).remove(), t = s;
		}
	}
	setConnected(t) {
		void 0 === this._$AM && (this._$Cv = t, this._$AP?.(t));
	}
};
var H = class {
	get tagName() {
		return this.element.tagName;
	}
	get _$AU() {
		return this._$AM._$AU;
	}
	constructor(t, i, s, e, h) {
		this.type = 1, this._$AH = A, this._$AN = void 0, this.element = t, this.name = i, this._$AM = e, this.options = h, s.length > 2 || "" !== s[0] || "" !== s[1] ? (this._$AH = Array(s.length - 1).fill(/* @__PURE__ */ new String()), this.strings = s) : this._$AH = A;
	}
	_$AI(t, i = this, s, e) {
		const h = this.strings;
		let o = !1;
		if (void 0 === h) t = M$1(this, t, i, 0), o = !a(t) || t !== this._$AH && t !== E, o && (this._$AH = t);
		else {
			const e = t;
			let n, r;
			for (t = h[0], n = 0; n < h.length - 1; n++) r = M$1(this, e[s + n], i, n), r === E && (r = this._$AH[n]), o ||= !a(r) || r !== this._$AH[n], r === A ? t = A : t !== A && (t += (r ?? "") + h[n + 1]), this._$AH[n] = r;
		}
		o && !e && this.j(t);
	}
	j(t) {
		t === A ? this.element.removeAttribute(this.name) : this.element.setAttribute(this.name, t ?? "");
	}
};
var I = class extends H {
	constructor() {
		super(...arguments), this.type = 3;
	}
	j(t) {
		this.element[this.name] = t === A ? void 0 : t;
	}
};
var L = class extends H {
	constructor() {
		super(...arguments), this.type = 4;
	}
	j(t) {
		this.element.toggleAttribute(this.name, !!t && t !== A);
	}
};
var z = class extends H {
	constructor(t, i, s, e, h) {
		super(t, i, s, e, h), this.type = 5;
	}
	_$AI(t, i = this) {
		if ((t = M$1(this, t, i, 0) ?? A) === E) return;
		const s = this._$AH, e = t === A && s !== A || t.capture !== s.capture || t.once !== s.once || t.passive !== s.passive, h = t !== A && (s === A || e);
		e && this.element.removeEventListener(this.name, this, s), h && this.element.addEventListener(this.name, this, t), this._$AH = t;
	}
	handleEvent(t) {
		"function" == typeof this._$AH ? this._$AH.call(this.options?.host ?? this.element, t) : this._$AH.handleEvent(t);
	}
};
var Z = class {
	constructor(t, i, s) {
		this.element = t, this.type = 6, this._$AN = void 0, this._$AM = i, this.options = s;
	}
	get _$AU() {
		return this._$AM._$AU;
	}
	_$AI(t) {
		M$1(this, t);
	}
};
var j$1 = {
	M: h$2,
	P: o$3,
	A: n$2,
	C: 1,
	L: N,
	R,
	D: d$1,
	V: M$1,
	I: k,
	H,
	N: L,
	U: z,
	B: I,
	F: Z
};
var B = t$2.litHtmlPolyfillSupport;
B?.(S, k), (t$2.litHtmlVersions ??= []).push("3.3.3");
var D = (t, i, s) => {
	const e = s?.renderBefore ?? i;
	let h = e._$litPart$;
	if (void 0 === h) {
		const t = s?.renderBefore ?? null;
		e._$litPart$ = h = new k(i.insertBefore(c$1(), t), t, void 0, s ?? {});
	}
	return h._$AI(t), h;
};
// node_modules/lit-element/lit-element.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var s$2 = globalThis;
var i$3 = class extends y$1 {
	constructor() {
		super(...arguments), this.renderOptions = { host: this }, this._$Do = void 0;
	}
	createRenderRoot() {
		const t = super.createRenderRoot();
		return this.renderOptions.renderBefore ??= t.firstChild, t;
	}
	update(t) {
		const r = this.render();
		this.hasUpdated || (this.renderOptions.isConnected = this.isConnected), super.update(t), this._$Do = D(r, this.renderRoot, this.renderOptions);
	}
	connectedCallback() {
		super.connectedCallback(), this._$Do?.setConnected(!0);
	}
	disconnectedCallback() {
		super.disconnectedCallback(), this._$Do?.setConnected(!1);
	}
	render() {
		return E;
	}
};
i$3._$litElement$ = !0, i$3["finalized"] = !0, s$2.litElementHydrateSupport?.({ LitElement: i$3 });
var o$2 = s$2.litElementPolyfillSupport;
o$2?.({ LitElement: i$3 });
(s$2.litElementVersions ??= []).push("4.2.2");
// node_modules/@lit/reactive-element/decorators/property.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var o$1 = {
	attribute: !0,
	type: String,
	converter: u$2,
	reflect: !1,
	hasChanged: f$2
};
var r$3 = (t = o$1, e, r) => {
	const { kind: n, metadata: i } = r;
	let s = globalThis.litPropertyMetadata.get(i);
	if (void 0 === s && globalThis.litPropertyMetadata.set(i, s = /* @__PURE__ */ new Map()), "setter" === n && ((t = Object.create(t)).wrapped = !0), s.set(r.name, t), "accessor" === n) {
		const { name: o } = r;
		return {
			set(r) {
				const n = e.get.call(this);
				e.set.call(this, r), this.requestUpdate(o, n, t, !0, r);
			},
			init(e) {
				return void 0 !== e && this.C(o, void 0, t, e), e;
			}
		};
	}
	if ("setter" === n) {
		const { name: o } = r;
		return function(r) {
			const n = this[o];
			e.call(this, r), this.requestUpdate(o, n, t, !0, r);
		};
	}
	throw Error("Unsupported decorator location: " + n);
};
function n$1(t) {
	return (e, o) => "object" == typeof o ? r$3(t, e, o) : ((t, e, o) => {
		const r = e.hasOwnProperty(o);
		return e.constructor.createProperty(o, t), r ? Object.getOwnPropertyDescriptor(e, o) : void 0;
	})(t, e, o);
}
// node_modules/@lit/reactive-element/decorators/state.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ function r$2(r) {
	return n$1({
		...r,
		state: !0,
		attribute: !1
	});
}
// node_modules/@lit/reactive-element/decorators/base.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
var e$3 = (e, t, c) => (c.configurable = !0, c.enumerable = !0, Reflect.decorate && "object" != typeof t && Object.defineProperty(e, t, c), c);
// node_modules/@lit/reactive-element/decorators/query.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ function e$2(e, r) {
	return (n, s, i) => {
		const o = (t) => t.renderRoot?.querySelector(e) ?? null;
		if (r) {
			const { get: e, set: r } = "object" == typeof s ? n : i ?? (() => {
				const t = Symbol();
				return {
					get() {
						return this[t];
					},
					set(e) {
						this[t] = e;
					}
				};
			})();
			return e$3(n, s, { get() {
				let t = e.call(this);
				return void 0 === t && (t = o(this), (null !== t || this.hasUpdated) && r.call(this, t)), t;
			} });
		}
		return e$3(n, s, { get() {
			return o(this);
		} });
	};
}
// src/adapters/errors.ts
function throwIfAborted(signal) {
	if (signal?.aborted) throw new AbortedError();
}
var LeadKitError, ValidationError, NotFoundError, ConflictError, UnavailableError, QueuedError, AbortedError;
var init_errors$1 = __esmMin((() => {
	LeadKitError = class extends Error {
		constructor(code, message, options) {
			super(message, options);
			this.code = code;
			this.name = "LeadKitError";
		}
	};
	ValidationError = class extends LeadKitError {
		constructor(issues) {
			super("validation", `Invalid input: ${issues.map((i) => `${i.path || "(input)"}: ${i.code}`).join(", ")}`);
			this.issues = issues;
			this.name = "ValidationError";
		}
	};
	NotFoundError = class extends LeadKitError {
		constructor(entity, id) {
			super("not-found", `${entity} ${id} not found`);
			this.entity = entity;
			this.id = id;
			this.name = "NotFoundError";
		}
	};
	ConflictError = class extends LeadKitError {
		constructor(message = "The data changed since it was read", reason = "version") {
			super("conflict", message);
			this.reason = reason;
			this.name = "ConflictError";
		}
	};
	UnavailableError = class extends LeadKitError {
		constructor(message, options) {
			super("unavailable", message, options);
			this.name = "UnavailableError";
		}
	};
	QueuedError = class extends UnavailableError {
		constructor(message, key, durable = true) {
			super(message);
			this.key = key;
			this.durable = durable;
			this.name = "QueuedError";
			this.queued = true;
		}
	};
	AbortedError = class extends LeadKitError {
		constructor() {
			super("aborted", "The operation was aborted");
			this.name = "AbortedError";
		}
	};
}));
// src/adapters/adapter.ts
/**
* Defines on `target` each use case it does not define itself: `forward(method, args, options, all)`
* gets the call's arguments and its options apart (and every argument as given, to pass on).
*/
function defineUseCases(target, forward) {
	for (const [method, arity] of Object.entries(USE_CASES)) {
		if (method in target) continue;
		const value = (...args) => forward(method, args.slice(0, arity), args[arity], args);
		Object.defineProperty(target, method, {
			value,
			writable: true,
			configurable: true
		});
	}
}
var USE_CASES;
var init_adapter = __esmMin((() => {
	init_errors$1();
	USE_CASES = {
		getCampaign: 1,
		listCampaigns: 0,
		saveCampaign: 1,
		getMemberStatuses: 1,
		getLead: 1,
		getContact: 1,
		createLead: 1,
		updateLead: 3,
		findPersonByEmail: 1,
		searchPeople: 1,
		pageMembers: 1,
		getMembers: 1,
		countMembers: 1,
		addMembers: 1,
		removeMembers: 1,
		setMemberStatus: 1,
		checkIn: 1,
		undoCheckIn: 1,
		submitLead: 1,
		importLeads: 2,
		getAccount: 1,
		searchAccounts: 1,
		listOpportunities: 1,
		updateOpportunity: 3,
		conversionContext: 1,
		convertLead: 1,
		campaignResults: 1
	};
}));
// src/adapters/lazy-adapter.ts
init_adapter();
var LazyAdapter = class {
	constructor(name, load) {
		this.name = name;
		this.load = load;
		this.pending = /* @__PURE__ */ new Set();
		defineUseCases(this, async (method, _args, _options, all) => {
			return (await this.loaded())[method](...all);
		});
	}
	/** The loaded adapter (loading it now if needed). */
	loaded() {
		this.target ??= this.load().then((adapter) => {
			for (const entry of this.pending) entry.off ??= adapter.subscribe(entry.listener);
			return adapter;
		}, (error) => {
			this.target = void 0;
			throw error;
		});
		return this.target;
	}
	subscribe(listener) {
		const entry = { listener };
		this.pending.add(entry);
		if (this.target) this.target.then((adapter) => this.pending.has(entry) && (entry.off ??= adapter.subscribe(listener)), () => {});
		else {
			const idle = globalThis.requestIdleCallback;
			const start = () => void this.loaded().catch(() => {});
			if (idle) idle(start, { timeout: 2e3 });
			else setTimeout(start, 0);
		}
		return () => {
			this.pending.delete(entry);
			entry.off?.();
		};
	}
};
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone$1(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esmMin((() => {
	Cached = class {
		constructor(getter) {
			this._getter = getter;
			this._value = void 0;
		}
		get value() {
			const getter = this._getter;
			if (getter !== void 0) {
				this._value = getter();
				this._getter = void 0;
			}
			return this._value;
		}
	};
	captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
	propertyKeyTypes = /* @__PURE__*/ new Set([
		"string",
		"number",
		"symbol"
	]);
	NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
		safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
		int32: [-2147483648, 2147483647],
		uint32: [0, 4294967295],
		float32: [-34028234663852886e22, 34028234663852886e22],
		float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
	}))();
	highSurrogate = /[\uD800-\uDBFF]/;
	broke = false;
	breaker = {
		configurable: true,
		get() {
			broke = true;
		}
	};
}));
// node_modules/zod/v4/core/core.js
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core$1 = __esmMin((() => {
	init_util();
	_zodDesc = {
		value: void 0,
		enumerable: false
	};
	_E = "captureStackTrace" in Error ? Error : null;
	$ZodAsyncError = class extends Error {
		constructor() {
			super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
		}
	};
	$ZodEncodeError = class extends Error {
		constructor(name) {
			super(`Encountered unidirectional transform during encode: ${name}`);
			this.name = "ZodEncodeError";
		}
	};
	(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
	globalConfig = globalThis.__zod_globalConfig;
}));
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodRealError;
var init_errors = __esmMin((() => {
	init_core$1();
	init_util();
	_messageDesc = {
		get: _getMessage,
		set: _setMessage,
		enumerable: true,
		configurable: true
	};
	_issuesDesc = {
		value: void 0,
		enumerable: false
	};
	_installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	initializer = (inst, def) => {
		inst.name = "$ZodError";
		_issuesDesc.value = def;
		Object.defineProperty(inst, "issues", _issuesDesc);
		_issuesDesc.value = void 0;
		Object.defineProperty(inst, "message", _messageDesc);
		const proto = Object.getPrototypeOf(inst);
		if (!_installedToString.has(proto)) {
			_installedToString.add(proto);
			Object.defineProperty(proto, "toString", {
				configurable: true,
				enumerable: false,
				get() {
					const value = () => this.message;
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
					return value;
				},
				set(value) {
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
				}
			});
		}
	};
	$ZodRealError = /* @__PURE__ */ $constructor("$ZodError", initializer, void 0, { Parent: Error });
}));
// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse$1 = __esmMin((() => {
	init_core$1();
	init_errors();
	init_util();
	_parse = (_Err) => {
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: false
			} : { async: false };
			const result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) throw new $ZodAsyncError();
			if (result.issues.length) {
				const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, _params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	parse = /* @__PURE__*/ _parse($ZodRealError);
	_parseAsync = (_Err) => {
		const fn = async (schema, value, _ctx, params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: true
			} : { async: true };
			let result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) result = await result;
			if (result.issues.length) {
				const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
	_safeParse = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
	_safeParseAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
}));
// node_modules/zod/v4/core/regexes.js
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function datetime$1(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var dateSource, date$1, anyString, number$1, boolean$1, _null$2;
var init_regexes = __esmMin((() => {
	dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
	date$1 = /*@__PURE__*/ anchor(dateSource);
	anyString = /^[\s\S]{0,}$/;
	number$1 = /^-?\d+(?:\.\d+)?$/;
	boolean$1 = /^(?:true|false)$/i;
	_null$2 = /^null$/i;
}));
// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckOverwrite;
var init_checks$1 = __esmMin((() => {
	init_core$1();
	init_util();
	$ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
		var _a;
		inst._zod ?? (inst._zod = {});
		inst._zod.def = def;
		(_a = inst._zod).onattach ?? (_a.onattach = []);
	});
	_whenHasLength = (payload) => {
		const val = payload.value;
		return !nullish(val) && val.length !== void 0;
	};
	numericOriginMap = {
		number: "number",
		bigint: "bigint",
		object: "date"
	};
	$ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
		$ZodCheck.init(inst, def);
		const origin = numericOriginMap[typeof def.value];
		inst._zod.check = (payload) => {
			if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
			payload.issues.push({
				origin: numericOriginMap[typeof payload.value] ?? origin,
				code: "too_big",
				maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
				input: payload.value,
				inclusive: def.inclusive,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
		$ZodCheck.init(inst, def);
		const origin = numericOriginMap[typeof def.value];
		inst._zod.check = (payload) => {
			if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
			payload.issues.push({
				origin: numericOriginMap[typeof payload.value] ?? origin,
				code: "too_small",
				minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
				input: payload.value,
				inclusive: def.inclusive,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
		$ZodCheck.init(inst, def);
		def.format = def.format || "float64";
		const isInt = def.format?.includes("int");
		const origin = isInt ? "int" : "number";
		const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
		inst._zod.check = (payload) => {
			const input = payload.value;
			if (isInt) {
				if (!Number.isInteger(input)) {
					payload.issues.push({
						expected: origin,
						format: def.format,
						code: "invalid_type",
						continue: false,
						input,
						inst
					});
					return;
				}
				if (!Number.isSafeInteger(input)) {
					if (input > 0) payload.issues.push({
						input,
						code: "too_big",
						maximum: Number.MAX_SAFE_INTEGER,
						note: "Integers must be within the safe integer range.",
						inst,
						origin,
						inclusive: true,
						continue: !def.abort
					});
					else payload.issues.push({
						input,
						code: "too_small",
						minimum: Number.MIN_SAFE_INTEGER,
						note: "Integers must be within the safe integer range.",
						inst,
						origin,
						inclusive: true,
						continue: !def.abort
					});
					return;
				}
			}
			if (input < minimum) payload.issues.push({
				origin: "number",
				input,
				code: "too_small",
				minimum,
				inclusive: true,
				inst,
				continue: !def.abort
			});
			if (input > maximum) payload.issues.push({
				origin: "number",
				input,
				code: "too_big",
				maximum,
				inclusive: true,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_big",
				maximum: def.maximum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_small",
				minimum: def.minimum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
		var _a, _b;
		$ZodCheck.init(inst, def);
		if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: def.format,
				input: payload.value,
				...def.pattern ? { pattern: def.pattern.toString() } : {},
				inst,
				continue: !def.abort
			});
		});
		else (_b = inst._zod).check ?? (_b.check = () => {});
	});
	$ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "regex",
				input: payload.value,
				pattern: def.pattern.toString(),
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
		$ZodCheck.init(inst, def);
		inst._zod.check = (payload) => {
			payload.value = def.tx(payload.value);
		};
	});
}));
// node_modules/zod/v4/core/doc.js
var init_doc = __esmMin((() => {}));
// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esmMin((() => {
	version = {
		major: 4,
		minor: 6,
		patch: 7
	};
}));
// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodISODateTime, $ZodISODate, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodNull, $ZodUnknown, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodDefault, $ZodPipe, $ZodCustom;
var init_schemas$1 = __esmMin((() => {
	init_checks$1();
	init_core$1();
	init_regexes();
	init_util();
	init_versions();
	$ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
		var _a;
		inst ?? (inst = {});
		inst._zod.def = def;
		inst._zod.bag = inst._zod.bag || {};
		inst._zod.version = version;
		const defChecks = inst._zod.def.checks;
		const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
		for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
		if (checks.length === 0) {
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred?.push(() => {
				inst._zod.run = inst._zod.parse;
			});
		} else {
			const runChecks = (payload, checks, ctx) => {
				if (payload.memo) return payload;
				let isAborted = aborted(payload);
				let asyncResult;
				for (const ch of checks) {
					if (ch._zod.def.when) {
						if (explicitlyAborted(payload)) continue;
						if (!ch._zod.def.when(payload)) continue;
					} else if (isAborted) continue;
					const currLen = payload.issues.length;
					const _ = ch._zod.check(payload);
					if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
					if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
						await _;
						if (payload.issues.length === currLen) return;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					});
					else {
						if (payload.issues.length === currLen) continue;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					}
				}
				if (asyncResult) return asyncResult.then(() => {
					return payload;
				});
				return payload;
			};
			const handleCanaryResult = (canary, payload, ctx) => {
				if (aborted(canary)) {
					canary.aborted = true;
					return canary;
				}
				const checkResult = runChecks(payload, checks, ctx);
				if (checkResult instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
				}
				return inst._zod.parse(checkResult, ctx);
			};
			inst._zod.run = (payload, ctx) => {
				if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
				if (ctx.direction === "backward") {
					const canary = inst._zod.parse({
						value: payload.value,
						issues: []
					}, {
						...ctx,
						skipChecks: true
					});
					if (canary instanceof Promise) return canary.then((canary) => {
						return handleCanaryResult(canary, payload, ctx);
					});
					return handleCanaryResult(canary, payload, ctx);
				}
				const result = inst._zod.parse(payload, ctx);
				if (result instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return result.then((result) => runChecks(result, checks, ctx));
				}
				return runChecks(result, checks, ctx);
			};
		}
	}, {
		get "~standard"() {
			return hide(this, "~standard", standardProps(this));
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		}
	});
	toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
	$ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = def.pattern ?? anyString;
		inst._zod.parse = (payload, _) => {
			if (def.coerce) try {
				payload.value = String(payload.value);
			} catch (_) {}
			if (typeof payload.value === "string") return payload;
			payload.issues.push({
				expected: "string",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	$ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		$ZodString.init(inst, def);
	});
	$ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
		def.pattern ?? (def.pattern = datetime$1(def));
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
		def.pattern ?? (def.pattern = date$1);
		$ZodStringFormat.init(inst, def);
	});
	$ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = number$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Number(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
			const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
			payload.issues.push({
				expected: "number",
				code: "invalid_type",
				input,
				inst,
				...received ? { received } : {}
			});
			return payload;
		};
	});
	$ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
		$ZodCheckNumberFormat.init(inst, def);
		$ZodNumber.init(inst, def);
	});
	$ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = boolean$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Boolean(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "boolean") return payload;
			payload.issues.push({
				expected: "boolean",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		};
	});
	$ZodNull = /*@__PURE__*/ $constructor("$ZodNull", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = _null$2;
		inst._zod.values = /* @__PURE__ */ new Set([null]);
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (input === null) return payload;
			payload.issues.push({
				expected: "null",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		};
	});
	$ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload) => payload;
	});
	arraySize = (input) => Array.isArray(input) ? input.length : -1;
	$ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!Array.isArray(input)) {
				payload.issues.push({
					expected: "array",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
			const proms = [];
			const abortEarly = ctx?.abortEarly;
			for (let i = 0; i < input.length; i++) {
				const item = input[i];
				const result = def.element._zod.run({
					value: item,
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
				else {
					handleArrayResult(result, payload, i);
					if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
				}
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
		capSize(inst, arraySize);
	});
	NO_SYMBOL_KEYS = [];
	$ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
		$ZodType.init(inst, def);
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		const sh = desc?.get ? desc.get.raw : def.shape ?? {};
		if (sh) {
			const get = () => {
				const newSh = { ...sh };
				Object.defineProperty(def, "shape", { value: newSh });
				get.raw = newSh;
				return newSh;
			};
			get.raw = sh;
			Object.defineProperty(def, "shape", { get });
		}
		const _normalized = cached(() => normalizeDef(def));
		defineLazyInternal(inst, "propValues", (zod) => {
			const shape = zod.def.shape;
			const propValues = {};
			for (const key in shape) {
				const field = shape[key]._zod;
				if (field.values) {
					if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
					for (const v of field.values) propValues[key].add(v);
					if (field.optin !== void 0) propValues[key].add(void 0);
				}
			}
			return propValues;
		});
		const isObject$1 = isObject;
		const catchall = def.catchall;
		let value;
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject$1(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const proms = [];
			const shape = value.shape;
			const abortEarly = ctx?.abortEarly;
			let seen = payload.issues.length;
			for (const key of value.allKeys) {
				if (abortEarly && payload.issues.length !== seen) {
					if (aborted(payload, seen)) break;
					seen = payload.issues.length;
				}
				if (key === "__proto__") continue;
				const el = shape[key];
				const optin = el._zod.optin;
				const optout = el._zod.optout;
				const r = el._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
				else handlePropertyResult(r, payload, key, input, optin, optout);
			}
			if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
			return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
		};
	});
	$ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
		defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
		defineLazyInternal(inst, "values", (zod) => {
			if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			if (zod.def.options.every((o) => o._zod.pattern)) {
				const patterns = zod.def.options.map((o) => o._zod.pattern);
				return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
			}
		});
		const first = def.options.length === 1 ? def.options[0]._zod.run : null;
		inst._zod.parse = (payload, ctx) => {
			if (first) return first(payload, ctx);
			let async = false;
			const results = [];
			for (const option of def.options) {
				const result = option._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) {
					results.push(result);
					async = true;
				} else {
					if (result.issues.length === 0) return result;
					results.push(result);
				}
			}
			if (!async) return handleUnionResults(results, payload, inst, ctx);
			return Promise.all(results).then((results) => {
				return handleUnionResults(results, payload, inst, ctx);
			});
		};
	});
	$ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!isPlainObject(input)) {
				payload.issues.push({
					expected: "record",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			const proms = [];
			const values = def.keyType._zod.values;
			if (values && !def.partial) {
				payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
				const recordKeys = /* @__PURE__ */ new Set();
				for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
					recordKeys.add(typeof key === "number" ? key.toString() : key);
					if (key === "__proto__") continue;
					const keyResult = def.keyType._zod.run({
						value: key,
						issues: []
					}, ctx);
					if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (keyResult.issues.length) {
						payload.issues.push({
							code: "invalid_key",
							origin: "record",
							issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
							input: key,
							path: [key],
							inst
						});
						continue;
					}
					const outKey = keyResult.value;
					if (outKey === "__proto__") continue;
					const result = def.valueType._zod.run({
						value: input[key],
						issues: []
					}, ctx);
					if (result instanceof Promise) proms.push(result.then((result) => {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}));
					else {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}
				}
				let unrecognized;
				for (const key in input) if (!recordKeys.has(key)) {
					if (def.mode === "loose") {
						if (key === "__proto__") continue;
						payload.value[key] = input[key];
					} else {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					}
				}
				if (unrecognized && unrecognized.length > 0) payload.issues.push({
					code: "unrecognized_keys",
					input,
					inst,
					keys: unrecognized,
					continue: true
				});
			} else {
				payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
				let unrecognized;
				for (const key of Reflect.ownKeys(input)) {
					if (key === "__proto__") continue;
					if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
					let keyResult = def.keyType._zod.run({
						value: key,
						issues: []
					}, ctx);
					if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
						const retryResult = def.keyType._zod.run({
							value: Number(key),
							issues: []
						}, ctx);
						if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
						if (retryResult.issues.length === 0) keyResult = retryResult;
					}
					if (keyResult.issues.length) {
						if (def.mode === "loose") payload.value[key] = input[key];
						else if (values) {
							unrecognized = unrecognized ?? [];
							unrecognized.push(key);
						} else payload.issues.push({
							code: "invalid_key",
							origin: "record",
							issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
							input: key,
							path: [key],
							inst
						});
						continue;
					}
					const outKey = keyResult.value;
					if (outKey === "__proto__") continue;
					const result = def.valueType._zod.run({
						value: input[key],
						issues: []
					}, ctx);
					if (result instanceof Promise) proms.push(result.then((result) => {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}));
					else {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}
				}
				if (unrecognized && unrecognized.length > 0) payload.issues.push({
					code: "unrecognized_keys",
					input,
					inst,
					keys: unrecognized,
					continue: true
				});
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
	});
	$ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
		$ZodType.init(inst, def);
		const values = getEnumValues(def.entries);
		const valuesSet = new Set(values);
		inst._zod.values = valuesSet;
		defineLazyInternal(inst, "pattern", (zod) => {
			const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
			return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (valuesSet.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values,
				input,
				inst
			});
			return payload;
		};
	});
	$ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
		$ZodType.init(inst, def);
		const values = new Set(def.values);
		inst._zod.values = values;
		defineLazyInternal(inst, "pattern", (zod) => {
			const vals = zod.def.values;
			return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (values.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values: def.values,
				input,
				inst
			});
			return payload;
		};
	});
	$ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "optional";
		globalConfig.memoizer?.guard(inst);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			const _out = def.transform(payload.value, payload);
			if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
				payload.value = output;
				return payload;
			});
			if (_out instanceof Promise) throw new $ZodAsyncError();
			payload.value = _out;
			return payload;
		};
	});
	$ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		inst._zod.optout = "optional";
		defineLazyInternal(inst, "values", (zod) => {
			const values = zod.def.innerType._zod.values;
			return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === void 0) {
				if (def.innerType._zod.optin !== "defaulted") return payload;
				const result = def.innerType._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
				return handleOptionalResult(payload, result);
			}
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) {
				payload.value = def.defaultValue;
				/**
				* $ZodDefault returns the default value immediately in forward direction.
				* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
				return payload;
			}
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
			return handleDefaultResult(result, def);
		};
	});
	$ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") {
				const right = def.out._zod.run(payload, ctx);
				if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
				return handlePipeResult(right, def.in, ctx);
			}
			const left = def.in._zod.run(payload, ctx);
			if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
			return handlePipeResult(left, def.out, ctx);
		};
	});
	$ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
		$ZodCheck.init(inst, def);
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _) => {
			return payload;
		};
		inst._zod.check = (payload) => {
			const input = payload.value;
			const r = def.fn(input);
			if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
			handleRefineResult(r, payload, input, inst);
		};
	});
}));
// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esmMin((() => {}));
var init_registries = __esmMin((() => {
	globalThis.__zod_globalRegistry;
}));
// node_modules/zod/v4/core/compile.js
var init_compile = __esmMin((() => {}));
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _null$1(Class, params) {
	return new Class({
		type: "null",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
	return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
var init_api = __esmMin((() => {
	init_checks$1();
	init_util();
}));
// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esmMin((() => {}));
// node_modules/zod/v4/core/index.js
var init_core = __esmMin((() => {
	init_core$1();
	init_parse$1();
	init_errors();
	init_schemas$1();
	init_memoizer();
	init_checks$1();
	init_versions();
	init_util();
	init_regexes();
	init_registries();
	init_doc();
	init_compile();
	init_api();
	init_to_json_schema();
	init_schemas$1();
	init_to_json_schema();
}));
// node_modules/zod/v4/mini/parse.js
var init_parse = __esmMin((() => {
	init_core();
}));
// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string(params) {
	return /* @__PURE__ */ _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number(params) {
	return /* @__PURE__ */ _number(ZodMiniNumber, params);
}
function int(params) {
	return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function _null(params) {
	return /* @__PURE__ */ _null$1(ZodMiniNull, params);
}
// @__NO_SIDE_EFFECTS__
function unknown() {
	return /* @__PURE__ */ _unknown(ZodMiniUnknown);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
	return new ZodMiniArray({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
	const def = {
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	};
	return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
	return new ZodMiniUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodMiniRecord({
		type: "record",
		keyType: /* @__PURE__ */ string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodMiniRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
	const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
	return new ZodMiniEnum({
		type: "enum",
		entries,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
	return new ZodMiniLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function transform(fn) {
	return new ZodMiniTransform({
		type: "transform",
		transform: fn
	});
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
	return new ZodMiniOptional({
		type: "optional",
		innerType
	});
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
	return new ZodMiniDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
	return new ZodMiniPipe({
		type: "pipe",
		in: in_,
		out
	});
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
var ZodMiniType, ZodMiniString, ZodMiniStringFormat, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniNull, ZodMiniUnknown, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniRecord, ZodMiniEnum, ZodMiniLiteral, ZodMiniTransform, ZodMiniOptional, ZodMiniDefault, ZodMiniPipe, ZodMiniCustom;
var init_schemas = __esmMin((() => {
	init_core();
	init_util();
	init_parse();
	ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
		if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
		$ZodType.init(inst, def);
		inst.def = def;
		inst.type = def.type;
	}, {
		get with() {
			return this.check;
		},
		set with(value) {
			own(this, "with", value);
		},
		parse(data, params) {
			return parse(this, data, params, { callee: this.parse });
		},
		parseAsync(data, params) {
			return parseAsync(this, data, params, { callee: this.parseAsync });
		},
		safeParse(data, params) {
			return safeParse(this, data, params);
		},
		safeParseAsync(data, params) {
			return safeParseAsync(this, data, params);
		},
		check(...checks) {
			const def = this.def;
			return this.clone({
				...def,
				checks: [...def.checks ?? [], ...checks.map((ch) => typeof ch === "function" ? { _zod: {
					check: ch,
					def: { check: "custom" },
					onattach: []
				} } : ch)]
			}, { parent: true });
		},
		clone(_def, params) {
			return clone$1(this, _def, params);
		},
		brand() {
			return this;
		},
		register(reg, meta) {
			reg.add(this, meta);
			return this;
		},
		apply(fn, ...args) {
			return args.length === 0 ? fn(this) : fn(this, ...args);
		}
	});
	ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
		$ZodString.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniStringFormat = /*@__PURE__*/ $constructor("ZodMiniStringFormat", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		ZodMiniString.init(inst, def);
	});
	ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
		$ZodNumber.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
		$ZodNumberFormat.init(inst, def);
		ZodMiniNumber.init(inst, def);
	});
	ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
		$ZodBoolean.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniNull = /*@__PURE__*/ $constructor("ZodMiniNull", (inst, def) => {
		$ZodNull.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniUnknown = /*@__PURE__*/ $constructor("ZodMiniUnknown", (inst, def) => {
		$ZodUnknown.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
		$ZodArray.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
		$ZodObject.init(inst, def);
		ZodMiniType.init(inst, def);
		installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
	});
	ZodMiniUnion = /*@__PURE__*/ $constructor("ZodMiniUnion", (inst, def) => {
		$ZodUnion.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniRecord = /*@__PURE__*/ $constructor("ZodMiniRecord", (inst, def) => {
		$ZodRecord.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
		$ZodEnum.init(inst, def);
		ZodMiniType.init(inst, def);
		inst.options = [...inst._zod.values];
	});
	ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
		$ZodLiteral.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniTransform = /*@__PURE__*/ $constructor("ZodMiniTransform", (inst, def) => {
		$ZodTransform.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniDefault = /*@__PURE__*/ $constructor("ZodMiniDefault", (inst, def) => {
		$ZodDefault.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniPipe = /*@__PURE__*/ $constructor("ZodMiniPipe", (inst, def) => {
		$ZodPipe.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	ZodMiniCustom = /*@__PURE__*/ $constructor("ZodMiniCustom", (inst, def) => {
		$ZodCustom.init(inst, def);
		ZodMiniType.init(inst, def);
	});
}));
// node_modules/zod/v4/mini/checks.js
var init_checks = __esmMin((() => {
	init_core();
}));
// node_modules/zod/v4/mini/iso.js
// @__NO_SIDE_EFFECTS__
function datetime(params) {
	return /* @__PURE__ */ _isoDateTime(ZodMiniISODateTime, params);
}
// @__NO_SIDE_EFFECTS__
function date(params) {
	return /* @__PURE__ */ _isoDate(ZodMiniISODate, params);
}
var ZodMiniISODateTime, ZodMiniISODate;
var init_iso = __esmMin((() => {
	init_core();
	init_schemas();
	ZodMiniISODateTime = /*@__PURE__*/ $constructor("ZodMiniISODateTime", (inst, def) => {
		$ZodISODateTime.init(inst, def);
		ZodMiniStringFormat.init(inst, def);
	});
	ZodMiniISODate = /*@__PURE__*/ $constructor("ZodMiniISODate", (inst, def) => {
		$ZodISODate.init(inst, def);
		ZodMiniStringFormat.init(inst, def);
	});
}));
// node_modules/zod/v4/mini/external.js
var init_external = __esmMin((() => {
	init_core();
	init_parse();
	init_schemas();
	init_checks();
	init_schemas$1();
	init_util();
	init_schemas();
	init_regexes();
	init_to_json_schema();
	init_iso();
}));
// node_modules/zod/mini/index.js
var init_mini = __esmMin((() => {
	init_external();
	init_external();
}));
// src/domain/matching.ts
/**
* Person matching. A person is the same person when their normalized emails are equal:
* trimmed, Unicode NFC, lower-cased. No provider-specific tricks (dots and `+tags` in Gmail
* addresses are kept: `a.b@gmail.com` and `ab@gmail.com` are two people).
* The stored `email` keeps what the person typed; `emailKey` is only for matching.
*/
function emailKey(email) {
	return email.trim().normalize("NFC").toLowerCase();
}
/**
* A folded form of text for sorting and searching: compatibility-decomposed, combining marks
* removed, lower-cased, letters like `đ` and `ł` to their base (`Đặng` -> `dang`, `Ștefan` ->
* `stefan`, `Łódź` -> `lodz`). Never stored as a name. The server's search columns are folded
* by this very function, so both find the same people.
*/
function foldText(value) {
	if (!value) return "";
	return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(BASE_LETTER, (c) => BASE_LETTERS[c]);
}
var BASE_LETTERS, BASE_LETTER;
var init_matching = __esmMin((() => {
	BASE_LETTERS = {
		đ: "d",
		ð: "d",
		ł: "l",
		ø: "o",
		ħ: "h",
		ı: "i",
		ŀ: "l",
		ŧ: "t",
		ß: "ss",
		æ: "ae",
		œ: "oe",
		þ: "th"
	};
	BASE_LETTER = new RegExp(`[${Object.keys(BASE_LETTERS).join("")}]`, "g");
}));
// src/domain/change-set.ts
function emptyChangeSet() {
	return {
		writes: [],
		deletes: [],
		counters: [],
		campaignIds: []
	};
}
/** A new record at version 1. */
function createRecord(id, fields, now) {
	return {
		...fields,
		id,
		version: 1,
		createdAt: now,
		updatedAt: now
	};
}
/** Adds counter deltas for `key`, merging with any already in the change set. */
function addCounterDeltas(changes, key, deltas) {
	const entries = Object.entries(deltas).filter(([, n]) => n !== 0);
	if (entries.length === 0) return;
	let counter = changes.counters.find((c) => c.key === key);
	if (!counter) changes.counters.push(counter = {
		key,
		deltas: {}
	});
	for (const [field, n] of entries) {
		const sum = (counter.deltas[field] ?? 0) + n;
		if (sum === 0) delete counter.deltas[field];
		else counter.deltas[field] = sum;
	}
}
var init_change_set = __esmMin((() => {}));
// src/domain/members.ts
/** The counter record key of a campaign's member counts. */
function memberCountsKey(campaignId) {
	return `members:${campaignId}`;
}
/** Counter deltas for replacing `before` with `after` (either may be absent). */
function memberCountDeltas(before, after) {
	const d = {};
	const add = (m, n) => {
		d.total = (d.total ?? 0) + n;
		const type = m.leadId ? "type:lead" : "type:contact";
		d[type] = (d[type] ?? 0) + n;
		d[`status:${m.status}`] = (d[`status:${m.status}`] ?? 0) + n;
		if (m.responded) d.responded = (d.responded ?? 0) + n;
		if (m.convertedLeadId) d.converted = (d.converted ?? 0) + n;
		if (m.checkIn?.walkIn) d.walkIn = (d.walkIn ?? 0) + n;
	};
	if (before) add(before, -1);
	if (after) add(after, 1);
	return d;
}
/** Records the count changes of a membership write in the change set. */
function countMemberChange(changes, before, after) {
	const campaignId = (after ?? before).campaignId;
	addCounterDeltas(changes, memberCountsKey(campaignId), memberCountDeltas(before, after));
	if (!changes.campaignIds.includes(campaignId)) changes.campaignIds.push(campaignId);
}
/** The counts of a list of members, by the same rule as the maintained counter (a door list held in memory). */
function countMembersOf(members) {
	const counter = {};
	for (const m of members) for (const [field, n] of Object.entries(memberCountDeltas(void 0, m))) counter[field] = (counter[field] ?? 0) + n;
	return toMemberCounts(counter);
}
/** Reads a counter record's fields into member counts. */
function toMemberCounts(counter) {
	const counts = {
		total: 0,
		leads: 0,
		contacts: 0,
		responded: 0,
		convertedLeads: 0,
		byStatus: {},
		walkIns: 0
	};
	for (const [field, n] of Object.entries(counter ?? {})) {
		if (n === 0) continue;
		if (field === "total") counts.total = n;
		else if (field === "responded") counts.responded = n;
		else if (field === "type:lead") counts.leads = n;
		else if (field === "type:contact") counts.contacts = n;
		else if (field === "converted") counts.convertedLeads = n;
		else if (field === "walkIn") counts.walkIns = n;
		else if (field.startsWith("status:")) counts.byStatus[field.slice(7)] = n;
	}
	return counts;
}
/** The display copy of a person kept on each of their memberships. */
function memberPersonOf(person) {
	const company = "company" in person ? person.company : void 0;
	const snapshot = {};
	if (person.firstName) snapshot.firstName = person.firstName;
	if (person.lastName) snapshot.lastName = person.lastName;
	if (person.email) snapshot.email = person.email;
	if (company) snapshot.company = company;
	return snapshot;
}
function samePersonSnapshot(a, b) {
	return a.firstName === b.firstName && a.lastName === b.lastName && a.email === b.email && a.company === b.company;
}
/** The name order of `locale` (a BCP 47 tag or language), or `override` when set. */
function nameOrder(locale, override) {
	if (override) return override;
	return FAMILY_FIRST.has((locale ?? "").toLowerCase().split(/[-_]/)[0]) ? "family-first" : "given-first";
}
/**
* A person's name as `locale` writes it: "First Last", or "Last First" where the family name
* comes first (Vietnamese). Empty without a name. The one place names are put together.
*/
function personName(p, locale, order) {
	return (nameOrder(locale, order) === "family-first" ? [p?.lastName, p?.firstName] : [p?.firstName, p?.lastName]).filter(Boolean).join(" ");
}
/** How a person is named on screen and in messages: their name (as `locale` orders it), else the email, else empty. */
function displayName(p, locale, order) {
	return personName(p, locale, order) || p?.email || "";
}
/**
* Refreshes the copy of a person kept on each of their memberships (so lists search and sort
* without joining people), marking each campaign changed so lists showing it update. `skip`: a
* campaign whose membership the caller writes itself.
*/
function refreshPersonCopies(b, memberships, snapshot, skip) {
	for (const m of memberships) {
		if (m.campaignId === skip || samePersonSnapshot(m.person, snapshot)) continue;
		b.update("members", m, { person: snapshot });
		b.touchCampaign(m.campaignId);
	}
}
/** The order people are found in: family name, given name (folded), then email. */
function personOrderKey(p) {
	return `${foldText(p.lastName)}\u0001${foldText(p.firstName)}\u0001${p.email ?? ""}`;
}
/** The first `PEOPLE_SEARCH_LIMIT` of `found`, in the people order (a search's answer). */
function rankPeople(found) {
	return found.map((f) => [personOrderKey(f.person), f]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).slice(0, 20).map(([, f]) => f);
}
/** The person a membership points at. */
function memberPersonRef(member) {
	return member.leadId ? {
		type: "lead",
		id: member.leadId
	} : {
		type: "contact",
		id: member.contactId
	};
}
/** A string key for a person (`lead:ID`, `contact:ID`): unique per campaign among memberships. */
function personKey(ref) {
	return `${ref.type}:${ref.id}`;
}
/**
* Keys a campaign's members are sorted and searched by. Sorting is accent- and
* case-insensitive; ties fall back to the member id so keyset paging is stable.
*/
function memberSortKeys(member) {
	const p = member.person;
	const name = `${foldText(p.lastName)}\u0001${foldText(p.firstName)}`;
	return {
		name,
		type: `${member.leadId ? "lead" : "contact"}\u0001${name}`,
		company: foldText(p.company),
		email: p.email ? emailKey(p.email) : "",
		status: foldText(member.status),
		responded: `${member.responded ? 1 : 0}\u0001${member.firstRespondedAt ?? ""}`,
		added: member.createdAt,
		q: personSearchKey(p)
	};
}
/** The folded text a person is searched by: first and last name, email, company. */
function personSearchKey(p) {
	return `${foldText(p.firstName)} ${foldText(p.lastName)} ${p.email ? emailKey(p.email) : ""} ${foldText(p.company)}`;
}
/** Whether a member matches a search (folded substring of name, email or company). */
function memberMatchesSearch(sortKeys, search) {
	return foldText(search).split(/\s+/).filter(Boolean).every((t) => sortKeys.q.includes(t));
}
var FAMILY_FIRST;
var init_members = __esmMin((() => {
	init_change_set();
	init_matching();
	FAMILY_FIRST = /* @__PURE__ */ new Set([
		"vi",
		"hu",
		"zh",
		"ja",
		"ko"
	]);
}));
// src/domain/statuses.ts
/** The member statuses a new campaign of this type starts with (a fresh copy). */
function defaultMemberStatuses(type) {
	return (EVENT_TYPES.has(type) ? EVENT : GENERIC).map((s) => ({ ...s }));
}
/** The status with this label (case-insensitive), or undefined. */
function findStatus(campaign, label) {
	const key = label.trim().toLocaleLowerCase();
	return campaign.memberStatuses.find((s) => s.label.toLocaleLowerCase() === key);
}
/** The campaign's default member status (exactly one is flagged). */
function defaultStatus(campaign) {
	return campaign.memberStatuses.find((s) => s.default) ?? campaign.memberStatuses[0];
}
/**
* The status a response (a form submission) records: the first status flagged `responded`,
* or the default when the campaign has none.
*/
function respondedStatus(campaign) {
	return campaign.memberStatuses.find((s) => s.responded) ?? defaultStatus(campaign);
}
/**
* The membership fields that follow a status: `responded` mirrors the status flag, and
* `firstRespondedAt` is set the first time a responded status is reached and never cleared.
*/
function applyStatus(member, status, now) {
	const firstRespondedAt = member?.firstRespondedAt ?? (status.responded ? now : void 0);
	return {
		status: status.label,
		responded: status.responded,
		...firstRespondedAt ? { firstRespondedAt } : {}
	};
}
var GENERIC, EVENT, EVENT_TYPES;
var init_statuses = __esmMin((() => {
	GENERIC = [{
		label: "Sent",
		responded: false,
		default: true
	}, {
		label: "Responded",
		responded: true,
		default: false
	}];
	EVENT = [
		{
			label: "Invited",
			responded: false,
			default: true
		},
		{
			label: "Registered",
			responded: false,
			default: false
		},
		{
			label: "Attended",
			responded: true,
			default: false
		},
		{
			label: "No-show",
			responded: false,
			default: false
		}
	];
	EVENT_TYPES = /* @__PURE__ */ new Set([
		"event",
		"webinar",
		"trade-show"
	]);
}));
// src/domain/ids.ts
/**
* Random record ids (UUID v4). `crypto.randomUUID` is missing on plain-HTTP pages (not a
* secure context), where landing pages still live, so fall back to `getRandomValues`.
*/
function newId() {
	if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
	const b = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(16));
	b[6] = b[6] & 15 | 64;
	b[8] = b[8] & 63 | 128;
	const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** A stable fingerprint (FNV-1a, 32 bit, hex) of a JSON-able value with sorted keys. */
function fingerprint(value) {
	const json = JSON.stringify(value, (_k, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : 1)) : v);
	let h = 2166136261;
	for (let i = 0; i < json.length; i++) {
		h ^= json.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return (h >>> 0).toString(16).padStart(8, "0");
}
var init_ids = __esmMin((() => {}));
// src/domain/attendance.ts
/**
* Event attendance rules, written once: which status means "attended" and "no-show", what a
* check-in changes (and what its undo restores), who is still expected, and the door figures.
*/
/** The campaign's "attended" status: the one named Attended, else its first responded status. */
function attendedStatus(campaign) {
	return findStatus(campaign, "Attended") ?? campaign.memberStatuses.find((s) => s.responded);
}
/** The campaign's "no-show" status (named No-show or No show), if it has one. */
function noShowStatus(campaign) {
	return findStatus(campaign, "No-show") ?? findStatus(campaign, "No show");
}
/** Whether the campaign's statuses can record attendance (an attended and a no-show status). */
function tracksAttendance(campaign) {
	return !!findStatus(campaign, "Attended") && !!noShowStatus(campaign);
}
/** Statuses of people still expected: neither attended (responded) nor no-show. */
function expectedStatuses(campaign) {
	const noShow = noShowStatus(campaign);
	return campaign.memberStatuses.filter((s) => !s.responded && s.label !== noShow?.label);
}
/** Whether a member has arrived (is in a responded status, the attended one or another). */
function hasArrived(member) {
	return member.responded;
}
/** When the member arrived, as far as known. */
function arrivedAt(member) {
	return member.checkIn?.at ?? member.firstRespondedAt;
}
/** What a check-in writes on the member: the attended status and the check-in record. */
function checkInPatch(member, attended, checkIn) {
	const record = {
		id: checkIn.id,
		at: checkIn.at,
		previousStatus: member.status,
		...checkIn.walkIn ? { walkIn: true } : {},
		...member.firstRespondedAt ? { previousFirstRespondedAt: member.firstRespondedAt } : {}
	};
	return {
		...applyStatus(member, attended, checkIn.at),
		checkIn: record
	};
}
/** What undoing a check-in writes: the status and first-responded date it replaced. */
function undoCheckInPatch(campaign, member) {
	const record = member.checkIn;
	const previous = findStatus(campaign, record.previousStatus);
	return {
		status: previous?.label ?? record.previousStatus,
		responded: previous?.responded ?? false,
		firstRespondedAt: record.previousFirstRespondedAt,
		checkIn: void 0
	};
}
function attendanceFigures(campaign, counts) {
	const walkIns = counts.walkIns ?? 0;
	const expected = counts.total - walkIns;
	const checkedIn = counts.responded;
	const noShows = counts.byStatus[noShowStatus(campaign)?.label ?? ""] ?? 0;
	return {
		expected,
		checkedIn,
		notArrived: expectedStatuses(campaign).reduce((n, s) => n + (counts.byStatus[s.label] ?? 0), 0),
		walkIns,
		noShows,
		rate: expected > 0 ? (checkedIn - walkIns) / expected : null
	};
}
/** What an outbox entry says of an arrival at `campaignId`, or undefined when it is about something else. */
function pendingArrival(p, campaignId) {
	if (p.campaignId !== campaignId) return void 0;
	if (p.method === "checkIn") {
		const input = p.input;
		return {
			code: input?.code,
			at: input?.at ?? p.createdAt
		};
	}
	const submission = p.input;
	if (p.method === "submitLead" && submission?.checkIn) return {
		lead: submission.lead,
		at: submission.checkIn.at ?? p.createdAt
	};
}
/** Whether a pending arrival is this member's (by code, or a walk-in by email). */
function isArrivalOf(arrival, member) {
	if (arrival.code) return arrival.code === member.id || arrival.code === member.leadId || arrival.code === member.contactId;
	const email = arrival.lead?.email;
	return !!email && !!member.person.email && emailKey(email) === emailKey(member.person.email);
}
var init_attendance = __esmMin((() => {
	init_matching();
	init_statuses();
}));
// src/domain/capture.ts
/**
* What a submission says, as a fingerprint: the same `submissionId` with the same fingerprint is
* a retry (answered with the first result); with another, a different submission reusing the id.
* The CAPTCHA token is left out: a retry may carry a fresh one.
*/
function submissionFingerprint(s) {
	const { captchaToken: _token, ...content } = s;
	return fingerprint(content);
}
/** Whether a submission seen before with `previous` fingerprint is a retry of this one (else: the id is reused for other values). */
function isRetryOf(previous, print) {
	return previous === print;
}
/**
* The status a submission records when it names none: a walk-in (checked in at the door)
* registers with the campaign's "Registered" status (else its default), then is checked in; a
* form response takes the first responded status.
*/
function submissionStatus(campaign, walkIn) {
	if (!walkIn) return respondedStatus(campaign);
	return expectedStatuses(campaign).find((s) => s.label.toLowerCase() === "registered") ?? defaultStatus(campaign);
}
/** The fields of a campaign a submission creates when its id is unknown (adapters that auto-create). */
function autoCreatedCampaign(id) {
	return {
		name: id,
		type: "other",
		status: "active",
		currency: "USD",
		memberStatuses: defaultMemberStatuses("other")
	};
}
/** A lead becomes `converted` only by conversion: no create, update or capture sets it. */
function isSettableLeadStatus(status) {
	return status !== "converted";
}
/** The fields of `incoming` that fill empty fields of `current` (never overwriting a value). */
function fillEmptyFields(current, incoming, fields) {
	const patch = {};
	for (const f of fields) {
		const value = incoming[f];
		if (value === void 0 || value === "") continue;
		if (current[f] === void 0 || current[f] === "") patch[f] = value;
	}
	const custom = incoming.custom;
	if (custom && fields.includes("custom")) {
		const existing = current.custom ?? {};
		const added = Object.fromEntries(Object.entries(custom).filter(([k, v]) => existing[k] == null && v != null && v !== ""));
		if (Object.keys(added).length) patch.custom = {
			...existing,
			...added
		};
	}
	return patch;
}
/** Plans one capture into `builder`, updating `lookup` so later entries of a batch see it. */
function planCapture(builder, lookup, entry, newId) {
	const key = entry.fields.email ? emailKey(entry.fields.email) : void 0;
	const campaignId = lookup.campaign.id;
	let person;
	let matched = true;
	let snapshotSource;
	const contact = key ? lookup.contacts.get(key) : void 0;
	const lead = contact || !key ? void 0 : lookup.leads.get(key);
	if (contact) {
		const patch = fillEmptyFields(contact, entry.fields, [...PERSON_FIELDS, "custom"]);
		snapshotSource = Object.keys(patch).length ? builder.update("contacts", contact, patch) : contact;
		lookup.contacts.set(key, snapshotSource);
		person = {
			type: "contact",
			id: contact.id
		};
	} else if (lead) {
		const patch = fillEmptyFields(lead, entry.fields, [
			...PERSON_FIELDS,
			...LEAD_ONLY_FIELDS,
			"custom"
		]);
		snapshotSource = Object.keys(patch).length ? builder.update("leads", lead, patch) : lead;
		lookup.leads.set(key, snapshotSource);
		person = {
			type: "lead",
			id: lead.id
		};
	} else {
		matched = false;
		const { status: leadStatus, source, ...fields } = entry.fields;
		const created = builder.create("leads", newId(), {
			...fields,
			...key ? { emailKey: key } : {},
			source: source ?? entry.source,
			status: leadStatus && isSettableLeadStatus(leadStatus) ? leadStatus : "open"
		});
		snapshotSource = created;
		if (key) lookup.leads.set(key, created);
		person = {
			type: "lead",
			id: created.id
		};
	}
	const pKey = personKey(person);
	const snapshot = memberPersonOf(snapshotSource);
	refreshPersonCopies(builder, lookup.personMemberships.get(pKey) ?? [], snapshot, campaignId);
	const existing = lookup.memberships.get(pKey);
	const ci = entry.checkIn;
	if (existing && ci) {
		if (hasArrived(existing)) return {
			person,
			memberId: existing.id,
			matched,
			memberCreated: false,
			checkIn: {
				at: arrivedAt(existing) ?? existing.updatedAt,
				already: true
			}
		};
		const updated = builder.update("members", existing, {
			...checkInPatch(existing, ci.attended, {
				id: ci.id,
				at: ci.at
			}),
			person: snapshot
		});
		countMemberChange(builder.changes, existing, updated);
		lookup.memberships.set(pKey, updated);
		return {
			person,
			memberId: existing.id,
			matched,
			memberCreated: false,
			checkIn: {
				at: ci.at,
				already: false
			}
		};
	}
	if (existing) {
		const next = {
			...applyStatus(existing, entry.status, builder.now),
			person: snapshot
		};
		if (next.status !== existing.status || !samePersonSnapshot(existing.person, snapshot)) {
			const updated = builder.update("members", existing, next);
			countMemberChange(builder.changes, existing, updated);
			lookup.memberships.set(pKey, updated);
		}
		return {
			person,
			memberId: existing.id,
			matched,
			memberCreated: false
		};
	}
	const registered = {
		campaignId,
		...person.type === "lead" ? { leadId: person.id } : { contactId: person.id },
		...applyStatus(void 0, entry.status, builder.now),
		person: snapshot
	};
	const fields = ci ? {
		...registered,
		...checkInPatch(registered, ci.attended, {
			id: ci.id,
			at: ci.at,
			walkIn: true
		})
	} : registered;
	const member = builder.create("members", newId(), fields);
	countMemberChange(builder.changes, void 0, member);
	lookup.memberships.set(pKey, member);
	return {
		person,
		memberId: member.id,
		matched,
		memberCreated: true,
		...ci ? { checkIn: {
			at: ci.at,
			already: false
		} } : {}
	};
}
var PERSON_FIELDS, LEAD_ONLY_FIELDS;
var init_capture = __esmMin((() => {
	init_matching();
	init_members();
	init_statuses();
	init_ids();
	init_attendance();
	PERSON_FIELDS = [
		"firstName",
		"lastName",
		"phone",
		"title",
		"country"
	];
	LEAD_ONLY_FIELDS = [
		"company",
		"website",
		"industry",
		"employees",
		"description",
		"rating",
		"attribution",
		"consent"
	];
}));
// src/adapters/idempotency.ts
/**
* Every adapter's answer to a submission id seen before: the first result when it is a retry of
* the same values, a `ConflictError` (reason `idempotency`) when the id comes back with other
* values; undefined for an id never seen.
*/
function recallSubmission(id, print, previous) {
	if (!previous) return void 0;
	if (!isRetryOf(previous.fingerprint, print)) throw new ConflictError(`submission ${id} was already used for different values`, "idempotency");
	return previous.result;
}
var init_idempotency = __esmMin((() => {
	init_capture();
	init_errors$1();
}));
// src/domain/change-builder.ts
var ChangeBuilder;
var init_change_builder = __esmMin((() => {
	init_change_set();
	ChangeBuilder = class {
		constructor(now) {
			this.now = now;
			this.changes = emptyChangeSet();
			this.staged = /* @__PURE__ */ new Map();
		}
		/** Stages a new record at version 1 and returns it. */
		create(store, id, fields) {
			const record = createRecord(id, fields, this.now);
			const write = {
				store,
				record,
				expect: null
			};
			this.changes.writes.push(write);
			this.staged.set(`${store}/${id}`, write);
			return record;
		}
		/** Stages `current` + `patch`; the result is one version above what was read. */
		update(store, current, patch) {
			const key = `${store}/${current.id}`;
			const staged = this.staged.get(key);
			if (staged) {
				staged.record = {
					...staged.record,
					...patch,
					updatedAt: this.now
				};
				return staged.record;
			}
			const record = {
				...current,
				...patch,
				version: current.version + 1,
				updatedAt: this.now
			};
			const write = {
				store,
				record,
				expect: current.version
			};
			this.changes.writes.push(write);
			this.staged.set(key, write);
			return record;
		}
		/** Stages a deletion of `current` (at the version read). */
		delete(store, current) {
			this.changes.deletes.push({
				store,
				id: current.id,
				expect: current.version
			});
		}
		/** Marks a campaign changed: its lists and counts refresh when the change set commits. */
		touchCampaign(campaignId) {
			if (!this.changes.campaignIds.includes(campaignId)) this.changes.campaignIds.push(campaignId);
		}
	};
}));
// src/domain/conversion.ts
/** A company name for matching: case, accents, punctuation and legal suffixes ignored. */
function companyKey(name) {
	return foldText(name).replace(/[^\p{L}\p{N}]+/gu, " ").split(" ").filter((w) => w && !LEGAL_SUFFIXES.has(w)).join(" ");
}
/** The domain of an email address, lower-cased (`ana@Acme.com` -> `acme.com`). */
function emailDomain(email) {
	const at = email?.lastIndexOf("@") ?? -1;
	return at > 0 ? email.slice(at + 1).trim().toLowerCase() : void 0;
}
/** Whether an account is a likely match for a lead: same company key, or the lead's work email domain on the account's website. */
function accountMatches(lead, account) {
	const key = companyKey(lead.company);
	if (key && key === companyKey(account.name)) return true;
	const domain = emailDomain(lead.email);
	if (!domain || FREE_MAIL.has(domain) || !account.website) return false;
	return account.website.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").split("/")[0] === domain;
}
/** The campaign an opportunity is credited to by default: the lead's most recent responded one, else its most recent. */
function defaultPrimaryCampaign(memberships) {
	const byDate = (a, b) => (a ?? "") < (b ?? "") ? 1 : -1;
	return (memberships.filter((m) => m.responded).sort((a, b) => byDate(a.firstRespondedAt, b.firstRespondedAt))[0] ?? [...memberships].sort((a, b) => byDate(a.createdAt, b.createdAt))[0])?.campaignId;
}
/** "<Company> - <Lead name>", the default opportunity name. */
function defaultOpportunityName(lead) {
	const person = displayName(lead);
	return [lead.company, person].filter(Boolean).join(" - ").slice(0, 120);
}
/** The lead's custom fields under their contact names, and those dropped for lack of a mapping. */
function mapCustomFields(custom, map) {
	const carried = {};
	const dropped = [];
	for (const [field, value] of Object.entries(custom ?? {})) {
		const target = map?.[field];
		if (target) carried[target] = value;
		else dropped.push(field);
	}
	return {
		carried,
		dropped
	};
}
/** Plans the whole conversion into `b`. The adapter has checked existence, versions and that the lead is not converted. */
function planConversion(b, read, input, newId) {
	const { lead } = read;
	const { carried, dropped } = mapCustomFields(lead.custom, input.customFieldMap);
	let accountId;
	let accountName;
	if (read.account) {
		accountId = read.account.id;
		accountName = read.account.name;
	} else {
		const name = input.account.mode === "new" && input.account.name || lead.company || defaultOpportunityName(lead) || lead.email || "Account";
		accountName = name;
		accountId = b.create("accounts", newId(), {
			name,
			...lead.website ? { website: lead.website } : {},
			...lead.industry ? { industry: lead.industry } : {},
			...lead.employees !== void 0 ? { employees: lead.employees } : {},
			...lead.country ? { country: lead.country } : {},
			...lead.phone ? { phone: lead.phone } : {}
		}).id;
	}
	let contact;
	const fromLead = Object.fromEntries(CONTACT_FIELDS$1.flatMap((f) => lead[f] !== void 0 ? [[f, lead[f]]] : []));
	if (read.contact) {
		const patch = fillEmptyFields(read.contact, {
			...fromLead,
			accountId,
			company: accountName,
			custom: Object.keys(carried).length ? carried : void 0
		}, [
			...CONTACT_FIELDS$1,
			"accountId",
			"company",
			"custom"
		]);
		contact = Object.keys(patch).length ? b.update("contacts", read.contact, patch) : read.contact;
	} else contact = b.create("contacts", newId(), {
		...fromLead,
		accountId,
		company: accountName,
		leadId: lead.id,
		...Object.keys(carried).length ? { custom: carried } : {}
	});
	const snapshot = memberPersonOf(contact);
	let moved = 0;
	let merged = 0;
	for (const m of read.leadMemberships) {
		const existing = read.contactMemberships.find((c) => c.campaignId === m.campaignId);
		b.touchCampaign(m.campaignId);
		if (existing) {
			b.delete("members", m);
			countMemberChange(b.changes, m, void 0);
			if (!existing.convertedLeadId) {
				const kept = b.update("members", existing, { convertedLeadId: lead.id });
				countMemberChange(b.changes, existing, kept);
			}
			merged++;
		} else {
			const { leadId: _leadId, ...rest } = m;
			const next = {
				...rest,
				contactId: contact.id,
				convertedLeadId: lead.id,
				person: snapshot,
				version: m.version + 1,
				updatedAt: b.now
			};
			b.changes.writes.push({
				store: "members",
				record: next,
				expect: m.version
			});
			countMemberChange(b.changes, m, next);
			moved++;
		}
	}
	let opportunityId;
	let primaryCampaignId;
	if (input.opportunity) {
		primaryCampaignId = input.opportunity.primaryCampaignId ?? defaultPrimaryCampaign(read.leadMemberships);
		const opportunity = {
			name: input.opportunity.name,
			accountId,
			contactId: contact.id,
			leadId: lead.id,
			closeDate: input.opportunity.closeDate,
			stage: input.opportunity.stage,
			currency: "USD",
			...input.opportunity.amount !== void 0 ? { amount: input.opportunity.amount } : {},
			...primaryCampaignId ? { primaryCampaignId } : {}
		};
		opportunityId = b.create("opportunities", newId(), opportunity).id;
		if (primaryCampaignId) b.touchCampaign(primaryCampaignId);
	}
	b.update("leads", lead, {
		status: "converted",
		convertedAt: b.now,
		convertedAccountId: accountId,
		convertedContactId: contact.id,
		...opportunityId ? { convertedOpportunityId: opportunityId } : {}
	});
	return {
		leadId: lead.id,
		accountId,
		contactId: contact.id,
		...opportunityId ? { opportunityId } : {},
		accountCreated: !read.account,
		contactCreated: !read.contact,
		membershipsMoved: moved,
		membershipsMerged: merged,
		droppedCustomFields: dropped,
		...primaryCampaignId ? { primaryCampaignId } : {}
	};
}
var LEGAL_SUFFIXES, FREE_MAIL, CONTACT_FIELDS$1;
var init_conversion$1 = __esmMin((() => {
	init_capture();
	init_matching();
	init_members();
	LEGAL_SUFFIXES = /* @__PURE__ */ new Set([
		"inc",
		"incorporated",
		"llc",
		"ltd",
		"limited",
		"plc",
		"corp",
		"corporation",
		"co",
		"company",
		"gmbh",
		"ag",
		"sa",
		"sas",
		"sarl",
		"srl",
		"sl",
		"bv",
		"nv",
		"oy",
		"ab",
		"as",
		"spa",
		"kg",
		"pte",
		"pty",
		"jsc",
		"ooo",
		"ооо",
		"тов",
		"пат",
		"ат",
		"зао",
		"оао",
		"пао",
		"ао",
		"тд",
		"cty",
		"tnhh",
		"cp",
		"công",
		"ty"
	]);
	FREE_MAIL = /* @__PURE__ */ new Set([
		"gmail.com",
		"googlemail.com",
		"yahoo.com",
		"outlook.com",
		"hotmail.com",
		"live.com",
		"icloud.com",
		"mail.ru",
		"yandex.ru",
		"ukr.net",
		"i.ua",
		"proton.me",
		"protonmail.com",
		"gmx.de",
		"web.de",
		"orange.fr",
		"free.fr",
		"yahoo.fr"
	]);
	CONTACT_FIELDS$1 = [
		"firstName",
		"lastName",
		"email",
		"emailKey",
		"phone",
		"title",
		"country"
	];
}));
// src/model/common.ts
/** True when `value` has the shape of a deliverable (internationalized) email address. */
function isEmailAddress(value) {
	if (value.length > 254) return false;
	const at = value.lastIndexOf("@");
	if (at < 1) return false;
	const local = value.slice(0, at);
	const labels = value.slice(at + 1).split(".");
	if (labels.length < 2 || !LOCAL.test(local)) return false;
	const tld = labels[labels.length - 1];
	return TLD.test(tld) && labels.every((l) => LABEL.test(l));
}
/**
* A number as people type it in any of the kit's languages: spaces (also no-break and narrow
* no-break) as group separators, a comma or a point as the decimal mark. Empty text is
* `undefined`; text that is not a number is `NaN` (the schemas then refuse it with `number`).
*/
function typedNumber(text) {
	const t = text.trim();
	if (!t) return void 0;
	const n = Number(t.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
	return Number.isFinite(n) ? n : NaN;
}
var idSchema, text, requiredText, optionalText, dateSchema, instantSchema, moneySchema, percentSchema, countSchema, LOCAL, LABEL, TLD, emailSchema, customValueSchema, customFieldsSchema, recordBase;
var init_common = __esmMin((() => {
	init_mini();
	idSchema = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(128, "too_long"));
	text = (max = 255) => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _normalize("NFC"), /* @__PURE__ */ _maxLength(max, "too_long"));
	requiredText = (max = 255) => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _normalize("NFC"), /* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(max, "too_long"));
	optionalText = (max = 255) => /* @__PURE__ */ optional(/* @__PURE__ */ pipe(text(max), /* @__PURE__ */ transform((v) => v === "" ? void 0 : v)));
	dateSchema = /* @__PURE__ */ date("date");
	instantSchema = /* @__PURE__ */ datetime({
		offset: true,
		error: "datetime"
	});
	moneySchema = (/* @__PURE__ */ number("number")).check(/* @__PURE__ */ _nonnegative("too_small"), /* @__PURE__ */ _lte(0x38d7ea4c68000, "too_big"));
	percentSchema = (/* @__PURE__ */ number("number")).check(/* @__PURE__ */ _gte(0, "too_small"), /* @__PURE__ */ _lte(100, "too_big"));
	countSchema = int("integer").check(/* @__PURE__ */ _nonnegative("too_small"));
	LOCAL = /^(?!\.)(?!.*\.\.)[^\s@"(),:;<>[\\\]]{1,64}(?<!\.)$/u;
	LABEL = /^(?!-)[\p{L}\p{N}\p{M}-]{1,63}(?<!-)$/u;
	TLD = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;
	emailSchema = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _normalize("NFC"), /* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ refine(isEmailAddress, "email"));
	customValueSchema = /* @__PURE__ */ union([
		/* @__PURE__ */ string(),
		/* @__PURE__ */ number(),
		/* @__PURE__ */ boolean(),
		/* @__PURE__ */ _null()
	]);
	customFieldsSchema = (/* @__PURE__ */ record((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Za-z][\w-]{0,63}$/, "field_name")), customValueSchema)).check(/* @__PURE__ */ refine((r) => Object.keys(r).length <= 100, "too_many"));
	recordBase = {
		id: idSchema,
		/** Starts at 1 and grows by one with every committed write. */
		version: int().check(/* @__PURE__ */ _gte(1)),
		createdAt: instantSchema,
		updatedAt: instantSchema
	};
})), opportunityStages, opportunityStageSchema, opportunityPatchSchema;
var init_opportunity = __esmMin((() => {
	init_mini();
	init_common();
	opportunityStages = [
		"prospecting",
		"qualification",
		"needs-analysis",
		"proposal",
		"negotiation",
		"closed-won",
		"closed-lost"
	];
	opportunityStageSchema = /* @__PURE__ */ _enum(opportunityStages);
	({ ...recordBase }), requiredText(120), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Z]{3}$/, "currency"));
	opportunityPatchSchema = /* @__PURE__ */ object({
		name: /* @__PURE__ */ optional(requiredText(120)),
		amount: /* @__PURE__ */ optional(moneySchema),
		closeDate: /* @__PURE__ */ optional(dateSchema),
		stage: /* @__PURE__ */ optional(opportunityStageSchema),
		primaryCampaignId: /* @__PURE__ */ optional(idSchema)
	});
}));
// src/model/conversion.ts
var conversionInputSchema;
var init_conversion = __esmMin((() => {
	init_mini();
	init_common();
	init_opportunity();
	conversionInputSchema = /* @__PURE__ */ object({
		leadId: idSchema,
		/** The lead version the user reviewed: a lead changed meanwhile is a conflict. */
		leadVersion: int().check(/* @__PURE__ */ _gte(1)),
		/** A new account (named after the lead's company unless `name` is given) or an existing one. */
		account: /* @__PURE__ */ union([/* @__PURE__ */ object({
			mode: /* @__PURE__ */ literal("new"),
			name: /* @__PURE__ */ optional(requiredText(255))
		}), /* @__PURE__ */ object({
			mode: /* @__PURE__ */ literal("existing"),
			id: idSchema
		})]),
		/** A new contact, or an existing one to merge into (only its empty fields are filled). */
		contact: /* @__PURE__ */ union([/* @__PURE__ */ object({ mode: /* @__PURE__ */ literal("new") }), /* @__PURE__ */ object({
			mode: /* @__PURE__ */ literal("existing"),
			id: idSchema
		})]),
		/** The opportunity to create; absent to convert without one. */
		opportunity: /* @__PURE__ */ optional(/* @__PURE__ */ object({
			name: requiredText(120),
			amount: /* @__PURE__ */ optional(moneySchema),
			closeDate: dateSchema,
			stage: opportunityStageSchema,
			/** Must be one of the lead's campaigns; default: its most recent responded campaign. */
			primaryCampaignId: /* @__PURE__ */ optional(idSchema)
		})),
		/** Lead custom field -> contact custom field. Unmapped lead custom fields are dropped. */
		customFieldMap: /* @__PURE__ */ optional(/* @__PURE__ */ record(/* @__PURE__ */ string(), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Za-z][\w-]{0,63}$/, "field_name"))))
	});
}));
// src/domain/metrics.ts
/** Sums opportunity amounts and counts the won ones (stage closed-won). */
function opportunityTotals(opportunities) {
	const totals = {
		count: 0,
		won: 0,
		amount: 0,
		wonAmount: 0
	};
	for (const o of opportunities) {
		totals.count++;
		totals.amount += o.amount ?? 0;
		if (o.stage === "closed-won") {
			totals.won++;
			totals.wonAmount += o.amount ?? 0;
		}
	}
	return totals;
}
/** Results of one or more campaigns taken together (a campaign, or a campaign and its subtree). */
function campaignFigures(data) {
	const f = {
		campaignIds: data.map((d) => d.campaign.id),
		members: 0,
		byStatus: {},
		leads: 0,
		convertedLeads: 0,
		contacts: 0,
		responses: 0,
		responseRate: null,
		opportunities: 0,
		wonOpportunities: 0,
		pipelineAmount: 0,
		wonAmount: 0,
		budgetedCost: 0,
		actualCost: 0,
		expectedRevenue: data.some((d) => d.campaign.expectedRevenue !== void 0) ? 0 : null,
		expectedResponse: data.length === 1 ? data[0].campaign.expectedResponse ?? null : null,
		costPerLead: null,
		costPerResponse: null,
		costPerOpportunity: null,
		roi: null
	};
	for (const { campaign, counts, opportunities } of data) {
		f.members += counts.total;
		for (const [s, n] of Object.entries(counts.byStatus)) f.byStatus[s] = (f.byStatus[s] ?? 0) + n;
		f.leads += counts.leads + counts.convertedLeads;
		f.convertedLeads += counts.convertedLeads;
		f.contacts += counts.contacts;
		f.responses += counts.responded;
		f.opportunities += opportunities.count;
		f.wonOpportunities += opportunities.won;
		f.pipelineAmount += opportunities.amount;
		f.wonAmount += opportunities.wonAmount;
		f.budgetedCost += campaign.budgetedCost ?? 0;
		f.actualCost += campaign.actualCost ?? 0;
		if (f.expectedRevenue !== null) f.expectedRevenue += campaign.expectedRevenue ?? 0;
	}
	f.responseRate = ratio(f.responses, f.members);
	f.costPerLead = ratio(f.actualCost, f.leads);
	f.costPerResponse = ratio(f.actualCost, f.responses);
	f.costPerOpportunity = ratio(f.actualCost, f.opportunities);
	f.roi = f.actualCost === 0 ? null : (f.wonAmount - f.actualCost) / f.actualCost;
	return f;
}
/** Ids of a campaign and every campaign below it (cycles are ignored). */
function subtreeIds(campaigns, rootId) {
	const children = /* @__PURE__ */ new Map();
	for (const c of campaigns) if (c.parentId) children.set(c.parentId, [...children.get(c.parentId) ?? [], c.id]);
	const out = [];
	const seen = /* @__PURE__ */ new Set();
	const walk = (id) => {
		if (seen.has(id)) return;
		seen.add(id);
		out.push(id);
		(children.get(id) ?? []).forEach(walk);
	};
	walk(rootId);
	return out;
}
var ratio;
var init_metrics = __esmMin((() => {
	ratio = (a, b) => b === 0 ? null : a / b;
}));
// src/model/campaign.ts
var campaignTypes, campaignStatuses, campaignTypeSchema, campaignStatusSchema, memberStatusSchema, memberStatusListSchema, campaignFields, datesInOrder, campaignSchema, campaignInputSchema;
var init_campaign = __esmMin((() => {
	init_mini();
	init_common();
	campaignTypes = [
		"email",
		"webinar",
		"event",
		"trade-show",
		"direct-mail",
		"advertisement",
		"partner",
		"referral",
		"other"
	];
	campaignStatuses = [
		"planned",
		"active",
		"completed",
		"aborted"
	];
	campaignTypeSchema = /* @__PURE__ */ _enum(campaignTypes);
	campaignStatusSchema = /* @__PURE__ */ _enum(campaignStatuses);
	memberStatusSchema = /* @__PURE__ */ object({
		label: requiredText(80),
		responded: /* @__PURE__ */ boolean(),
		default: /* @__PURE__ */ boolean()
	});
	memberStatusListSchema = (/* @__PURE__ */ array(memberStatusSchema)).check(/* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(50, "too_long"), /* @__PURE__ */ superRefine((list, ctx) => {
		if (list.filter((s) => s.default).length !== 1) ctx.issues.push({
			code: "custom",
			message: "one_default",
			input: list
		});
		const seen = /* @__PURE__ */ new Set();
		list.forEach((s, i) => {
			const key = s.label.toLocaleLowerCase();
			if (seen.has(key)) ctx.issues.push({
				code: "custom",
				message: "duplicate",
				input: s.label,
				path: [i, "label"]
			});
			seen.add(key);
		});
	}));
	campaignFields = {
		name: requiredText(120),
		type: campaignTypeSchema,
		status: campaignStatusSchema,
		description: optionalText(2e3),
		startDate: /* @__PURE__ */ optional(dateSchema),
		endDate: /* @__PURE__ */ optional(dateSchema),
		/** ISO 4217 currency of the cost and revenue figures. */
		currency: /* @__PURE__ */ _default((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[A-Z]{3}$/, "currency")), "USD"),
		budgetedCost: /* @__PURE__ */ optional(moneySchema),
		actualCost: /* @__PURE__ */ optional(moneySchema),
		expectedRevenue: /* @__PURE__ */ optional(moneySchema),
		/** Expected response, in percent of members. */
		expectedResponse: /* @__PURE__ */ optional(percentSchema),
		parentId: /* @__PURE__ */ optional(idSchema),
		memberStatuses: memberStatusListSchema
	};
	datesInOrder = /* @__PURE__ */ refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, {
		message: "end_before_start",
		path: ["endDate"]
	});
	campaignSchema = (/* @__PURE__ */ object({
		...recordBase,
		...campaignFields
	})).check(datesInOrder);
	campaignInputSchema = (/* @__PURE__ */ object({
		id: /* @__PURE__ */ optional(idSchema),
		version: /* @__PURE__ */ optional(int().check(/* @__PURE__ */ _gte(1))),
		...campaignFields,
		type: /* @__PURE__ */ _default(campaignTypeSchema, "other"),
		status: /* @__PURE__ */ _default(campaignStatusSchema, "active"),
		memberStatuses: /* @__PURE__ */ optional(memberStatusListSchema)
	})).check(datesInOrder);
})), leadSources, leadStatuses, leadRatings, leadSourceSchema, leadStatusSchema, leadRatingSchema, attributionSchema, consentSchema, personFields, leadFieldsSchema, contactFieldsSchema, personRefSchema;
var init_person = __esmMin((() => {
	init_mini();
	init_common();
	leadSources = [
		"web",
		"event",
		"referral",
		"import",
		"partner",
		"advertisement",
		"email",
		"phone",
		"other"
	];
	leadStatuses = [
		"open",
		"working",
		"qualified",
		"unqualified",
		"converted"
	];
	leadRatings = [
		"hot",
		"warm",
		"cold"
	];
	leadSourceSchema = /* @__PURE__ */ _enum(leadSources);
	leadStatusSchema = /* @__PURE__ */ _enum(leadStatuses);
	leadRatingSchema = /* @__PURE__ */ _enum(leadRatings);
	attributionSchema = /* @__PURE__ */ object({
		utmSource: optionalText(255),
		utmMedium: optionalText(255),
		utmCampaign: optionalText(255),
		utmTerm: optionalText(255),
		utmContent: optionalText(255),
		pageUrl: optionalText(2048),
		referrer: optionalText(2048)
	});
	consentSchema = /* @__PURE__ */ object({
		given: /* @__PURE__ */ boolean(),
		text: optionalText(2e3),
		at: /* @__PURE__ */ optional(instantSchema)
	});
	personFields = {
		firstName: optionalText(80),
		lastName: optionalText(80),
		/** The address as the person typed it (trimmed, NFC). Matching uses `emailKey`. */
		email: /* @__PURE__ */ optional(emailSchema),
		phone: optionalText(40),
		title: optionalText(128),
		country: optionalText(80),
		custom: /* @__PURE__ */ optional(customFieldsSchema)
	};
	leadFieldsSchema = /* @__PURE__ */ object({
		...personFields,
		company: optionalText(255),
		website: optionalText(255),
		industry: optionalText(80),
		employees: /* @__PURE__ */ optional(countSchema),
		description: optionalText(32e3),
		source: /* @__PURE__ */ optional(leadSourceSchema),
		status: /* @__PURE__ */ optional(leadStatusSchema),
		rating: /* @__PURE__ */ optional(leadRatingSchema),
		attribution: /* @__PURE__ */ optional(attributionSchema),
		consent: /* @__PURE__ */ optional(consentSchema)
	});
	({
		...recordBase,
		...leadFieldsSchema.shape
	});
	contactFieldsSchema = /* @__PURE__ */ object({
		...personFields,
		accountId: /* @__PURE__ */ optional(idSchema),
		/** The lead this contact was converted from, if any. */
		leadId: /* @__PURE__ */ optional(idSchema)
	});
	(
	/** Its account's name, as lists, exports and search show it (set by conversion). */
	{
		...recordBase,
		...contactFieldsSchema.shape
	}), optionalText(255);
	({ ...recordBase }), requiredText(255), optionalText(255), optionalText(80), optionalText(80), optionalText(40);
	personRefSchema = /* @__PURE__ */ object({
		type: /* @__PURE__ */ _enum(["lead", "contact"]),
		id: idSchema
	});
})), memberPersonSchema, checkInRecordSchema, checkInInputSchema, undoCheckInInputSchema, addMembersInputSchema, setMemberStatusInputSchema, removeMembersInputSchema, memberSortFields, memberQuerySchema;
var init_member = __esmMin((() => {
	init_mini();
	init_common();
	init_person();
	memberPersonSchema = /* @__PURE__ */ object({
		firstName: optionalText(80),
		lastName: optionalText(80),
		email: optionalText(320),
		company: optionalText(255)
	});
	checkInRecordSchema = /* @__PURE__ */ object({
		/** The check-in's idempotency key: the same id applied twice is one check-in. */
		id: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(8, "too_short"), /* @__PURE__ */ _maxLength(128, "too_long")),
		at: instantSchema,
		/** The person was not on the list: registered at the door. */
		walkIn: /* @__PURE__ */ optional(/* @__PURE__ */ boolean()),
		previousStatus: requiredText(80),
		previousFirstRespondedAt: /* @__PURE__ */ optional(instantSchema)
	});
	checkInInputSchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		code: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(128, "too_long")),
		checkInId: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(8, "too_short"), /* @__PURE__ */ _maxLength(128, "too_long")),
		/** When the person arrived (a check-in queued offline keeps its time). Default: now. */
		at: /* @__PURE__ */ optional(instantSchema),
		walkIn: /* @__PURE__ */ optional(/* @__PURE__ */ boolean())
	});
	undoCheckInInputSchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		memberId: idSchema,
		checkInId: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(8, "too_short"), /* @__PURE__ */ _maxLength(128, "too_long"))
	});
	(/* @__PURE__ */ object({
		...recordBase,
		campaignId: idSchema,
		leadId: /* @__PURE__ */ optional(idSchema),
		contactId: /* @__PURE__ */ optional(idSchema),
		status: requiredText(80),
		/** Follows the status: true when the status is flagged `responded`. */
		responded: /* @__PURE__ */ boolean(),
		/** When the member first reached a responded status; kept when the status moves back. */
		firstRespondedAt: /* @__PURE__ */ optional(instantSchema),
		person: memberPersonSchema,
		/** Set when a lead's membership moved to the contact it was converted into: the lead it was. */
		convertedLeadId: /* @__PURE__ */ optional(idSchema),
		/** The event check-in that set the attended status (kept for undo and for walk-in counts). */
		checkIn: /* @__PURE__ */ optional(checkInRecordSchema)
	})).check(/* @__PURE__ */ refine((m) => m.leadId === void 0 !== (m.contactId === void 0), {
		message: "one_person",
		path: ["leadId"]
	}));
	addMembersInputSchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		people: (/* @__PURE__ */ array(personRefSchema)).check(/* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(1e4, "too_long")),
		status: /* @__PURE__ */ optional(requiredText(80))
	});
	setMemberStatusInputSchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		members: (/* @__PURE__ */ array(/* @__PURE__ */ object({
			id: idSchema,
			version: int().check(/* @__PURE__ */ _gte(1))
		}))).check(/* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(1e4, "too_long")),
		status: requiredText(80)
	});
	removeMembersInputSchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		members: (/* @__PURE__ */ array(/* @__PURE__ */ object({
			id: idSchema,
			version: int().check(/* @__PURE__ */ _gte(1))
		}))).check(/* @__PURE__ */ _minLength(1, "required"), /* @__PURE__ */ _maxLength(1e4, "too_long"))
	});
	memberSortFields = [
		"name",
		"type",
		"company",
		"email",
		"status",
		"responded",
		"added"
	];
	memberQuerySchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		status: /* @__PURE__ */ optional(requiredText(80)),
		type: /* @__PURE__ */ optional(/* @__PURE__ */ _enum(["lead", "contact"])),
		/** Case- and accent-insensitive substring of name, email or company. */
		search: optionalText(200),
		sort: /* @__PURE__ */ _default(/* @__PURE__ */ _enum(memberSortFields), "name"),
		direction: /* @__PURE__ */ _default(/* @__PURE__ */ _enum(["asc", "desc"]), "asc"),
		limit: /* @__PURE__ */ _default(int().check(/* @__PURE__ */ _gte(1), /* @__PURE__ */ _lte(500)), 50),
		/** Opaque keyset cursor from a previous page's `nextCursor`. */
		cursor: /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(4096))),
		/**
		* Rows to skip before the page (after `cursor` if both are given): for a scrollbar jump to a
		* position. Costs a walk over the skipped index entries; page on with `nextCursor`.
		*/
		offset: /* @__PURE__ */ optional(int().check(/* @__PURE__ */ _gte(0), /* @__PURE__ */ _lte(1e7))),
		/** Also answer the campaign's member counts (one round trip for a list and its figures). */
		counts: /* @__PURE__ */ optional(/* @__PURE__ */ boolean())
	});
}));
// src/model/submission.ts
var leadSubmissionSchema, leadImportSchema;
var init_submission = __esmMin((() => {
	init_mini();
	init_common();
	init_person();
	leadSubmissionSchema = /* @__PURE__ */ object({
		submissionId: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(8, "too_short"), /* @__PURE__ */ _maxLength(128, "too_long")),
		campaignId: idSchema,
		lead: /* @__PURE__ */ object({
			...leadFieldsSchema.shape,
			email: emailSchema
		}),
		/** Member status to set; defaults to the campaign's first `responded` status. */
		status: /* @__PURE__ */ optional(requiredText(80)),
		source: /* @__PURE__ */ optional(leadSourceSchema),
		/** A CAPTCHA token the host page obtained; remote adapters pass it to the server to verify. */
		captchaToken: /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(4096))),
		/**
		* Checks the person in at the event as part of the capture (a walk-in at the door): the
		* campaign's attended status with this check-in's id and arrival time, in the same write.
		*/
		checkIn: /* @__PURE__ */ optional(/* @__PURE__ */ object({
			checkInId: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(8, "too_short"), /* @__PURE__ */ _maxLength(128, "too_long")),
			at: /* @__PURE__ */ optional(instantSchema)
		}))
	});
	leadImportSchema = /* @__PURE__ */ object({
		campaignId: idSchema,
		status: /* @__PURE__ */ optional(requiredText(80)),
		source: /* @__PURE__ */ _default(leadSourceSchema, "import")
	});
}));
// src/adapters/validate.ts
/** The value at `path` inside `input` (undefined when absent). */
function valueAt$1(input, path) {
	let v = input;
	for (const p of path) v = v && typeof v === "object" ? v[p] : void 0;
	return v;
}
/** Maps a zod issue to the kit's field issue (a stable, localizable code). */
function toFieldIssue(issue, input) {
	const path = issue.path.map(String).join(".");
	let code = issue.code;
	const msg = issue.message;
	if (/^[a-z_]+$/.test(msg)) code = msg;
	else if (issue.code === "invalid_type" && valueAt$1(input, issue.path) === void 0) code = "required";
	else if (issue.code === "invalid_format") code = issue.format ?? "invalid_format";
	else if (issue.code === "invalid_value") code = "invalid_option";
	const message = /^[a-z_]+$/.test(msg) ? `${path || "input"}: ${msg.replace(/_/g, " ")}` : msg;
	return {
		path,
		code,
		message
	};
}
/**
* Every string in `value` (keys included, nesting up to 64 levels) that holds a NUL character or
* a lone surrogate: text no store can keep faithfully (PostgreSQL refuses both, IndexedDB and
* JSON would keep a string no other system reads back). One issue per field, code
* `invalid_characters`.
*/
function unsafeTextIssues(value, path = "") {
	const issues = [];
	const walk = (v, p, depth) => {
		if (typeof v === "string") {
			if (UNSAFE_TEXT.test(v)) issues.push({
				path: p,
				code: "invalid_characters",
				message: `${p || "input"}: contains a NUL character or an unpaired surrogate`
			});
		} else if (v && typeof v === "object" && depth < 64 && issues.length < 50) for (const [k, child] of Object.entries(v)) {
			const childPath = p ? `${p}.${k}` : k;
			if (UNSAFE_TEXT.test(k)) issues.push({
				path: childPath,
				code: "invalid_characters",
				message: `${childPath}: the field name contains a NUL character or an unpaired surrogate`
			});
			else walk(child, childPath, depth + 1);
		}
	};
	walk(value, path, 0);
	return issues;
}
/**
* Parses `input` with `schema` at an adapter's boundary: the parsed value, or a
* {@link ValidationError} listing every field issue (nothing is written). Text with NUL
* characters or lone surrogates is refused first ({@link unsafeTextIssues}).
*/
function parseInput(schema, input, prefix) {
	const unsafe = unsafeTextIssues(input, prefix);
	if (unsafe.length) throw new ValidationError(unsafe);
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issues = result.error.issues.map((i) => toFieldIssue(i, input));
	throw new ValidationError(prefix ? issues.map((i) => ({
		...i,
		path: i.path ? `${prefix}.${i.path}` : prefix
	})) : issues);
}
/**
* The issues `parseInput` would report for `input` (empty when valid): for a form that checks
* what the user typed by the same rules the adapter will apply, before sending it.
*/
function inputIssues(schema, input) {
	try {
		parseInput(schema, input);
		return [];
	} catch (error) {
		if (error instanceof ValidationError) return error.issues;
		throw error;
	}
}
var UNSAFE_TEXT;
var init_validate = __esmMin((() => {
	init_errors$1();
	UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
}));
// src/adapters/local/schema.ts
function memberIndex(sort, byStatus) {
	return byStatus ? `status+${sort}` : `by+${sort}`;
}
/** The object store a logical store lives in. */
function physical(store) {
	return store === "leads" || store === "contacts" ? "people" : store;
}
/** Adds the fields only the store needs (index keys, kind) before a record is written. */
function toStored(store, record) {
	if (store === "members") {
		const m = record;
		return {
			...record,
			sk: memberSortKeys(m),
			pk: personKey(memberPersonRef(m))
		};
	}
	const kind = KIND[store];
	if (kind === "lead") return record.emailKey ? {
		...record,
		kind,
		leadEmail: record.emailKey
	} : {
		...record,
		kind
	};
	if (kind === "contact") return {
		...record,
		kind
	};
	return record;
}
/**
* A record read back, without the store-only fields; undefined when it is not of this logical
* store (a contact's id asked of `leads`). Reading `people` keeps `kind` so callers can tell.
*/
function fromStored(store, record) {
	if (!record) return void 0;
	if (store === "members") {
		const { sk: _sk, pk: _pk, ...rest } = record;
		return rest;
	}
	if (store === "people") {
		const { leadEmail: _l, ...rest } = record;
		return rest;
	}
	const kind = KIND[store];
	if (!kind) return record;
	if (record.kind !== kind) return void 0;
	const { kind: _k, leadEmail: _l, ...rest } = record;
	return rest;
}
/** Reads the value at a dotted key path (`sk.name`). */
function valueAt(record, path) {
	let v = record;
	for (const part of path.split(".")) v = v == null ? void 0 : v[part];
	return v;
}
var MEMBER_SORT_FIELDS, memberIndexes, STORES, COUNTERS, STORE_NAMES, KIND;
var init_schema = __esmMin((() => {
	init_members();
	init_member();
	MEMBER_SORT_FIELDS = memberSortFields;
	memberIndexes = [
		{
			name: "campaign+person",
			keyPath: ["campaignId", "pk"],
			unique: true
		},
		{
			name: "leadId",
			keyPath: "leadId"
		},
		{
			name: "contactId",
			keyPath: "contactId"
		},
		...MEMBER_SORT_FIELDS.map((f) => ({
			name: memberIndex(f, false),
			keyPath: [
				"campaignId",
				`sk.${f}`,
				"id"
			]
		})),
		...MEMBER_SORT_FIELDS.filter((f) => f !== "status").map((f) => ({
			name: memberIndex(f, true),
			keyPath: [
				"campaignId",
				"status",
				`sk.${f}`,
				"id"
			]
		}))
	];
	STORES = {
		campaigns: [{
			name: "parentId",
			keyPath: "parentId"
		}],
		people: [
			{
				name: "emailKey",
				keyPath: "emailKey"
			},
			{
				name: "leadEmail",
				keyPath: "leadEmail",
				unique: true
			},
			{
				name: "accountId",
				keyPath: "accountId"
			}
		],
		accounts: [],
		opportunities: [{
			name: "primaryCampaignId",
			keyPath: "primaryCampaignId"
		}, {
			name: "accountId",
			keyPath: "accountId"
		}],
		members: memberIndexes,
		submissions: []
	};
	COUNTERS = "counters";
	STORE_NAMES = Object.keys(STORES);
	KIND = {
		leads: "lead",
		contacts: "contact"
	};
}));
// src/adapters/local/keys.ts
function rank(k) {
	if (typeof k === "number") return 1;
	if (k instanceof Date) return 2;
	if (typeof k === "string") return 3;
	if (k instanceof ArrayBuffer || ArrayBuffer.isView(k)) return 4;
	if (Array.isArray(k)) return 5;
	return 0;
}
function compareKeys(a, b) {
	const ra = rank(a);
	const rb = rank(b);
	if (ra !== rb) return ra - rb;
	if (ra === 5) {
		const x = a;
		const y = b;
		for (let i = 0; i < Math.min(x.length, y.length); i++) {
			const c = compareKeys(x[i], y[i]);
			if (c !== 0) return c;
		}
		return x.length - y.length;
	}
	if (ra === 2) return a.getTime() - b.getTime();
	if (ra === 1) return a - b;
	if (ra === 3) return a === b ? 0 : a < b ? -1 : 1;
	return 0;
}
function isValidKey(k) {
	if (typeof k === "number") return !Number.isNaN(k);
	if (typeof k === "string") return true;
	if (k instanceof Date) return !Number.isNaN(k.getTime());
	if (Array.isArray(k)) return k.every(isValidKey);
	return false;
}
/** The index key of a record, or undefined when IndexedDB would leave it out of the index. */
function indexKey(record, keyPath) {
	const key = Array.isArray(keyPath) ? keyPath.map((p) => valueAt(record, p)) : valueAt(record, keyPath);
	return isValidKey(key) ? key : void 0;
}
/** True when `key` starts with every component of `prefix`. */
function hasPrefix(key, prefix) {
	if (!Array.isArray(key)) return false;
	return prefix.every((p, i) => compareKeys(key[i], p) === 0);
}
var init_keys = __esmMin((() => {
	init_schema();
}));
// src/adapters/local/local-adapter.ts
/** Gives the event loop a turn (so long imports never block input or rendering). */
function yieldToBrowser() {
	const s = globalThis.scheduler;
	if (s?.yield) return s.yield();
	return new Promise((resolve) => {
		const ch = new MessageChannel();
		ch.port1.onmessage = () => resolve();
		ch.port2.postMessage(null);
	});
}
function stripUndefined(o) {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function encodeCursor(index, key) {
	return btoa(unescape(encodeURIComponent(JSON.stringify({
		i: index,
		k: key
	}))));
}
function decodeCursor(cursor, index, prefix) {
	try {
		const parsed = cursorSchema.parse(JSON.parse(decodeURIComponent(escape(atob(cursor)))));
		if (parsed.i === index && prefix.every((p, i) => parsed.k[i] === p)) return parsed.k;
	} catch {}
	throw new ValidationError([{
		path: "cursor",
		code: "invalid_cursor",
		message: "The cursor does not belong to this query"
	}]);
}
/** A lead's status may not be set to `converted` by a create or an update (only conversion does). */
function refuseConvertedStatus(status) {
	if (!isSettableLeadStatus(status)) throw new ValidationError([{
		path: "status",
		code: "converted",
		message: "A lead becomes converted only by conversion"
	}]);
}
var MAX_ATTEMPTS, LocalAdapter, cursorSchema;
var init_local_adapter = __esmMin((() => {
	init_mini();
	init_capture();
	init_idempotency();
	init_change_builder();
	init_ids();
	init_matching();
	init_members();
	init_attendance();
	init_statuses();
	init_conversion$1();
	init_conversion();
	init_metrics();
	init_opportunity();
	init_campaign();
	init_common();
	init_member();
	init_person();
	init_submission();
	init_errors$1();
	init_validate();
	init_keys();
	init_schema();
	MAX_ATTEMPTS = 5;
	LocalAdapter = class {
		constructor(store, options = {}) {
			this.store = store;
			this.origin = {};
			this.name = `local:${store.name}`;
			this.now = options.now ?? (() => (/* @__PURE__ */ new Date()).toISOString());
			this.newId = options.newId ?? newId;
			this.autoCreate = options.autoCreateCampaigns ?? true;
			this.batchSize = options.importBatchSize ?? 500;
		}
		subscribe(listener) {
			return this.store.onCommit((info, origin) => listener({
				...info,
				origin: origin === this.origin ? "local" : "remote"
			}));
		}
		async getCampaign(id, options) {
			return this.requireRecord("campaigns", "campaign", id, options);
		}
		async listCampaigns(options) {
			throwIfAborted(options?.signal);
			return (await this.store.getAll("campaigns")).sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
		}
		async saveCampaign(input, options) {
			const parsed = parseInput(campaignInputSchema, input);
			throwIfAborted(options?.signal);
			const b = new ChangeBuilder(this.now());
			const { id, version, ...fields } = parsed;
			const existing = id ? await this.store.get("campaigns", id) : void 0;
			if (parsed.parentId) await this.checkParent(id, parsed.parentId);
			let campaign;
			if (existing) {
				if (version !== existing.version) throw new ConflictError(`campaign ${id} changed since it was read (version ${existing.version})`);
				const memberStatuses = fields.memberStatuses ?? existing.memberStatuses;
				campaign = b.update("campaigns", existing, {
					...stripUndefined(fields),
					memberStatuses
				});
				for (const k of [
					"description",
					"startDate",
					"endDate",
					"budgetedCost",
					"actualCost",
					"expectedRevenue",
					"expectedResponse",
					"parentId"
				]) if (fields[k] === void 0) delete campaign[k];
			} else {
				if (version !== void 0) throw new NotFoundError("campaign", id ?? "");
				campaign = b.create("campaigns", id ?? this.newId(), {
					...stripUndefined(fields),
					memberStatuses: fields.memberStatuses ?? defaultMemberStatuses(fields.type)
				});
			}
			parseInput(campaignSchema, campaign);
			b.touchCampaign(campaign.id);
			await this.commit(b);
			return campaign;
		}
		async getMemberStatuses(campaignId, options) {
			return (await this.getCampaign(campaignId, options)).memberStatuses;
		}
		async getLead(id, options) {
			return this.requireRecord("leads", "lead", id, options);
		}
		async getContact(id, options) {
			return this.requireRecord("contacts", "contact", id, options);
		}
		async createLead(fields, options) {
			const parsed = parseInput(leadFieldsSchema, fields);
			throwIfAborted(options?.signal);
			const b = new ChangeBuilder(this.now());
			const { status, source, ...rest } = parsed;
			refuseConvertedStatus(status);
			const lead = b.create("leads", this.newId(), {
				...rest,
				...parsed.email ? { emailKey: emailKey(parsed.email) } : {},
				source: source ?? "other",
				status: status ?? "open"
			});
			await this.commit(b);
			return lead;
		}
		async updateLead(id, version, patch, options) {
			const leadId = parseInput(idSchema, id, "id");
			const parsed = parseInput(leadFieldsSchema, patch);
			throwIfAborted(options?.signal);
			const current = await this.getLead(leadId);
			if (current.version !== version) throw new ConflictError(`lead ${leadId} changed since it was read (version ${current.version})`);
			if (current.status === "converted") throw new ConflictError(`lead ${leadId} is converted and read-only`);
			refuseConvertedStatus(parsed.status);
			const b = new ChangeBuilder(this.now());
			const next = { ...stripUndefined(parsed) };
			if (parsed.email) next.emailKey = emailKey(parsed.email);
			const lead = b.update("leads", current, next);
			await this.refreshSnapshots(b, {
				type: "lead",
				id: leadId
			}, lead);
			await this.commit(b);
			return lead;
		}
		async findPersonByEmail(email, options) {
			const key = emailKey(parseInput(emailSchema, email, "email"));
			throwIfAborted(options?.signal);
			const lookup = await this.lookupPeople([key]);
			const contact = lookup.contacts.get(key);
			if (contact) return {
				type: "contact",
				id: contact.id
			};
			const lead = lookup.leads.get(key);
			return lead ? {
				type: "lead",
				id: lead.id
			} : null;
		}
		async pageMembers(query, options) {
			const q = parseInput(memberQuerySchema, query);
			throwIfAborted(options?.signal);
			if (q.counts) {
				const [page, counts] = await Promise.all([this.pageMembers({
					...q,
					counts: false
				}, options), this.countMembers(q.campaignId, options)]);
				return {
					...page,
					counts
				};
			}
			const index = q.status ? memberIndex(q.sort === "status" ? "name" : q.sort, true) : memberIndex(q.sort, false);
			const prefix = q.status ? [q.campaignId, q.status] : [q.campaignId];
			let after;
			if (q.cursor) after = decodeCursor(q.cursor, index, prefix);
			const search = q.search;
			const type = q.type;
			const filter = search || type ? (r) => (!type || (type === "lead" ? r.leadId !== void 0 : r.contactId !== void 0)) && (!search || memberMatchesSearch(r.sk, search)) : void 0;
			if (q.offset && !after && !filter) {
				const counts = toMemberCounts(await this.store.counter(memberCountsKey(q.campaignId)));
				const total = q.status ? counts.byStatus[q.status] ?? 0 : counts.total;
				if (q.offset > total / 2) return this.pageFromEnd(q, index, prefix, total, options);
			}
			const page = await this.store.page("members", index, {
				prefix,
				after,
				direction: q.direction === "asc" ? "next" : "prev",
				limit: q.limit,
				filter,
				...filter ? { match: {
					...search ? { search } : {},
					...type ? { type } : {}
				} } : {},
				skip: q.offset
			});
			throwIfAborted(options?.signal);
			return {
				items: page.items,
				...page.more && page.lastKey ? { nextCursor: encodeCursor(index, page.lastKey) } : {}
			};
		}
		async pageFromEnd(q, index, prefix, total, options) {
			const take = Math.min(q.limit, total - q.offset);
			if (take <= 0) return { items: [] };
			const skip = total - q.offset - take;
			const page = await this.store.page("members", index, {
				prefix,
				direction: q.direction === "asc" ? "prev" : "next",
				limit: take,
				...skip ? { skip } : {}
			});
			throwIfAborted(options?.signal);
			const items = page.items.reverse();
			const last = items[items.length - 1];
			const keyPath = STORES.members.find((i) => i.name === index).keyPath;
			return {
				items,
				...q.offset + items.length < total && last ? { nextCursor: encodeCursor(index, indexKey(toStored("members", last), keyPath)) } : {}
			};
		}
		async getMembers(ids, options) {
			const list = parseInput((/* @__PURE__ */ array(idSchema)).check(/* @__PURE__ */ _maxLength(500, "too_long")), ids, "ids");
			throwIfAborted(options?.signal);
			return (await this.store.getMany("members", list)).filter((m) => m !== void 0);
		}
		async countMembers(campaignId, options) {
			const id = parseInput(idSchema, campaignId, "campaignId");
			throwIfAborted(options?.signal);
			return toMemberCounts(await this.store.counter(memberCountsKey(id)));
		}
		async addMembers(input, options) {
			const parsed = parseInput(addMembersInputSchema, input);
			return this.retry(options, async () => {
				const campaign = await this.getCampaign(parsed.campaignId);
				const status = this.resolveStatus(campaign, parsed.status, defaultStatus(campaign));
				const unique = [...new Map(parsed.people.map((p) => [personKey(p), p])).values()];
				const people = await this.loadPeople(unique);
				const existing = await this.store.getByIndexMany("members", "campaign+person", unique.map((p) => [campaign.id, personKey(p)]));
				const b = new ChangeBuilder(this.now());
				const created = [];
				unique.forEach((ref, i) => {
					if (existing[i].length) return;
					const member = b.create("members", this.newId(), {
						campaignId: campaign.id,
						...ref.type === "lead" ? { leadId: ref.id } : { contactId: ref.id },
						...applyStatus(void 0, status, b.now),
						person: memberPersonOf(people[i])
					});
					countMemberChange(b.changes, void 0, member);
					created.push(member);
				});
				await this.commit(b);
				return created;
			});
		}
		async removeMembers(input, options) {
			const parsed = parseInput(removeMembersInputSchema, input);
			throwIfAborted(options?.signal);
			const members = await this.loadMembers(parsed.campaignId, parsed.members);
			const b = new ChangeBuilder(this.now());
			for (const m of members) {
				b.delete("members", m);
				countMemberChange(b.changes, m, void 0);
			}
			await this.commit(b);
		}
		async setMemberStatus(input, options) {
			const parsed = parseInput(setMemberStatusInputSchema, input);
			throwIfAborted(options?.signal);
			const campaign = await this.getCampaign(parsed.campaignId);
			const status = this.resolveStatus(campaign, parsed.status, void 0);
			const members = await this.loadMembers(campaign.id, parsed.members);
			const b = new ChangeBuilder(this.now());
			const updated = members.map((m) => {
				if (m.status === status.label) return m;
				const next = b.update("members", m, applyStatus(m, status, b.now));
				countMemberChange(b.changes, m, next);
				return next;
			});
			await this.commit(b);
			return updated;
		}
		async checkIn(input, options) {
			const p = parseInput(checkInInputSchema, input);
			return this.retry(options, async () => {
				const campaign = await this.getCampaign(p.campaignId, options);
				const attended = attendedStatus(campaign);
				if (!attended) throw new ValidationError([{
					path: "status",
					code: "no_attended_status",
					message: `campaign ${campaign.id} has no attended status`
				}]);
				const member = await this.memberByCode(campaign.id, p.code);
				if (!member) throw new NotFoundError("campaign member", p.code);
				if (member.checkIn?.id === p.checkInId) return {
					member,
					already: false,
					at: member.checkIn.at
				};
				if (hasArrived(member)) return {
					member,
					already: true,
					at: arrivedAt(member) ?? member.updatedAt
				};
				const b = new ChangeBuilder(this.now());
				const at = p.at ?? b.now;
				const next = b.update("members", member, checkInPatch(member, attended, {
					id: p.checkInId,
					at,
					walkIn: p.walkIn
				}));
				countMemberChange(b.changes, member, next);
				await this.commit(b);
				return {
					member: next,
					already: false,
					at
				};
			});
		}
		async undoCheckIn(input, options) {
			const p = parseInput(undoCheckInInputSchema, input);
			throwIfAborted(options?.signal);
			const campaign = await this.getCampaign(p.campaignId, options);
			const member = await this.store.get("members", p.memberId);
			if (!member || member.campaignId !== campaign.id) throw new NotFoundError("campaign member", p.memberId);
			if (member.checkIn?.id !== p.checkInId) throw new ConflictError(`campaign member ${p.memberId} changed since the check-in`);
			const b = new ChangeBuilder(this.now());
			if (member.checkIn.walkIn) {
				b.delete("members", member);
				countMemberChange(b.changes, member, void 0);
			} else {
				const next = b.update("members", member, undoCheckInPatch(campaign, member));
				countMemberChange(b.changes, member, next);
			}
			await this.commit(b);
		}
		/** The campaign's member with this id, or the membership of the lead or contact with this id. */
		async memberByCode(campaignId, code) {
			const byId = await this.store.get("members", code);
			if (byId?.campaignId === campaignId) return byId;
			for (const type of ["lead", "contact"]) {
				const [m] = await this.store.getByIndex("members", "campaign+person", [campaignId, personKey({
					type,
					id: code
				})]);
				if (m) return m;
			}
		}
		async submitLead(input, options) {
			const parsed = parseInput(leadSubmissionSchema, input);
			const print = submissionFingerprint(parsed);
			return this.retry(options, async () => {
				const previous = recallSubmission(parsed.submissionId, print, await this.store.get("submissions", parsed.submissionId));
				if (previous) return previous;
				const b = new ChangeBuilder(this.now());
				const { campaign, created: campaignCreated } = await this.campaignForCapture(b, parsed.campaignId);
				let checkIn;
				if (parsed.checkIn) {
					const attended = attendedStatus(campaign);
					if (!attended) throw new ValidationError([{
						path: "checkIn",
						code: "no_attended_status",
						message: `campaign ${campaign.id} has no attended status`
					}]);
					checkIn = {
						id: parsed.checkIn.checkInId,
						at: parsed.checkIn.at ?? b.now,
						attended
					};
				}
				const status = this.resolveStatus(campaign, parsed.status, submissionStatus(campaign, !!checkIn));
				const key = emailKey(parsed.lead.email);
				const capture = planCapture(b, await this.lookupCapture(campaign, [key]), {
					fields: parsed.lead,
					status,
					source: parsed.source ?? "web",
					...checkIn ? { checkIn } : {}
				}, this.newId);
				const result = {
					submissionId: parsed.submissionId,
					...capture,
					campaignCreated
				};
				b.create("submissions", parsed.submissionId, {
					fingerprint: print,
					result
				});
				await this.commit(b);
				return result;
			});
		}
		async importLeads(input, rows, options = {}) {
			const parsed = parseInput(leadImportSchema, input);
			parseInput(/* @__PURE__ */ array(/* @__PURE__ */ unknown()), rows, "rows");
			const campaign = await this.getCampaign(parsed.campaignId, options);
			const status = this.resolveStatus(campaign, parsed.status, defaultStatus(campaign));
			const result = {
				created: 0,
				matched: 0,
				membersCreated: 0,
				errors: []
			};
			for (let start = 0; start < rows.length; start += this.batchSize) {
				throwIfAborted(options.signal);
				const valid = [];
				rows.slice(start, start + this.batchSize).forEach((raw, i) => {
					try {
						valid.push({
							row: start + i + 1,
							fields: parseInput(leadFieldsSchema, raw)
						});
					} catch (error) {
						if (!(error instanceof ValidationError)) throw error;
						for (const issue of error.issues) result.errors.push({
							row: start + i + 1,
							...issue
						});
					}
				});
				const counts = await this.retry(options, async () => {
					const b = new ChangeBuilder(this.now());
					const keys = [...new Set(valid.flatMap((v) => v.fields.email ? [emailKey(v.fields.email)] : []))];
					const lookup = await this.lookupCapture(campaign, keys);
					const c = {
						created: 0,
						matched: 0,
						membersCreated: 0
					};
					for (const v of valid) {
						const r = planCapture(b, lookup, {
							fields: v.fields,
							status,
							source: parsed.source
						}, this.newId);
						if (r.matched) c.matched++;
						else c.created++;
						if (r.memberCreated) c.membersCreated++;
					}
					await this.commit(b, "relaxed");
					return c;
				});
				result.created += counts.created;
				result.matched += counts.matched;
				result.membersCreated += counts.membersCreated;
				options.onProgress?.(Math.min(start + this.batchSize, rows.length), rows.length);
				await yieldToBrowser();
			}
			return result;
		}
		async getAccount(id, options) {
			return this.requireRecord("accounts", "account", id, options);
		}
		async searchPeople(text, options) {
			const search = parseInput((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(200)), text, "text");
			throwIfAborted(options?.signal);
			const all = await this.store.getAll("people");
			throwIfAborted(options?.signal);
			const found = [];
			for (const p of all) {
				if (p.kind === "lead" && p.convertedAt) continue;
				const person = memberPersonOf(p);
				if (memberMatchesSearch({ q: personSearchKey(person) }, search)) found.push({
					ref: {
						type: p.kind,
						id: p.id
					},
					person
				});
			}
			return rankPeople(found);
		}
		async searchAccounts(text, options) {
			const key = companyKey(parseInput((/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(200)), text, "text"));
			throwIfAborted(options?.signal);
			return (await this.store.getAll("accounts")).filter((a) => !key || companyKey(a.name).includes(key)).sort((a, b) => a.name.localeCompare(b.name)).slice(0, 20);
		}
		async listOpportunities(filter, options) {
			const f = parseInput(/* @__PURE__ */ object({
				primaryCampaignId: /* @__PURE__ */ optional(idSchema),
				accountId: /* @__PURE__ */ optional(idSchema)
			}), filter);
			throwIfAborted(options?.signal);
			if (f.primaryCampaignId) return this.store.getByIndex("opportunities", "primaryCampaignId", f.primaryCampaignId);
			if (f.accountId) return this.store.getByIndex("opportunities", "accountId", f.accountId);
			return this.store.getAll("opportunities");
		}
		async updateOpportunity(id, version, patch, options) {
			const opportunityId = parseInput(idSchema, id, "id");
			const parsed = parseInput(opportunityPatchSchema, patch);
			throwIfAborted(options?.signal);
			const current = await this.store.get("opportunities", opportunityId);
			if (!current) throw new NotFoundError("opportunity", opportunityId);
			if (current.version !== version) throw new ConflictError(`opportunity ${opportunityId} changed since it was read (version ${current.version})`);
			if (parsed.primaryCampaignId && !await this.store.get("campaigns", parsed.primaryCampaignId)) throw new ValidationError([{
				path: "primaryCampaignId",
				code: "not_found",
				message: `No campaign ${parsed.primaryCampaignId}`
			}]);
			const b = new ChangeBuilder(this.now());
			const updated = b.update("opportunities", current, stripUndefined(parsed));
			for (const c of [current.primaryCampaignId, updated.primaryCampaignId]) if (c) b.touchCampaign(c);
			await this.commit(b);
			return updated;
		}
		async conversionContext(leadId, options) {
			const lead = await this.getLead(leadId, options);
			const members = await this.store.getByIndex("members", "leadId", lead.id);
			const campaigns = await this.store.getMany("campaigns", members.map((m) => m.campaignId));
			return {
				lead,
				memberships: members.map((member, i) => ({
					member,
					campaign: campaigns[i]
				})).filter((m) => m.campaign).sort((a, b) => a.member.createdAt < b.member.createdAt ? 1 : -1),
				suggestedAccounts: (await this.accountCandidates(lead)).filter((a) => accountMatches(lead, a)).sort((a, b) => a.name.localeCompare(b.name)),
				suggestedContacts: lead.emailKey ? (await this.store.getByIndex("contacts", "emailKey", lead.emailKey)).filter((c) => c.leadId !== lead.id || lead.status !== "converted") : [],
				defaultPrimaryCampaignId: defaultPrimaryCampaign(members),
				defaultOpportunityName: defaultOpportunityName(lead)
			};
		}
		async convertLead(input, options) {
			const parsed = parseInput(conversionInputSchema, input);
			throwIfAborted(options?.signal);
			const lead = await this.getLead(parsed.leadId);
			if (lead.status === "converted") throw new ConflictError(`lead ${lead.id} is already converted`, "converted");
			if (lead.version !== parsed.leadVersion) throw new ConflictError(`lead ${lead.id} changed since it was read (version ${lead.version})`);
			const account = parsed.account.mode === "existing" ? await this.getAccount(parsed.account.id) : void 0;
			const contact = parsed.contact.mode === "existing" ? await this.getContact(parsed.contact.id) : void 0;
			const [leadMemberships, contactMemberships] = await Promise.all([this.store.getByIndex("members", "leadId", lead.id), contact ? this.store.getByIndex("members", "contactId", contact.id) : Promise.resolve([])]);
			const primary = parsed.opportunity?.primaryCampaignId;
			if (primary && !leadMemberships.some((m) => m.campaignId === primary)) throw new ValidationError([{
				path: "opportunity.primaryCampaignId",
				code: "not_lead_campaign",
				message: `The lead is not on campaign ${primary}`
			}]);
			const b = new ChangeBuilder(this.now());
			const result = planConversion(b, {
				lead,
				account,
				contact,
				leadMemberships,
				contactMemberships
			}, parsed, this.newId);
			await this.commit(b);
			return result;
		}
		async campaignResults(campaignId, options) {
			const campaign = await this.getCampaign(campaignId, options);
			const [counts, opportunities] = await Promise.all([this.countMembers(campaign.id, options), this.store.getByIndex("opportunities", "primaryCampaignId", campaign.id)]);
			return {
				campaign,
				counts,
				opportunities: opportunityTotals(opportunities)
			};
		}
		/**
		* Accounts that may be the lead's company (`accountMatches` decides): all of them here; an
		* adapter with a database narrows them with an index first.
		*/
		async accountCandidates(_lead) {
			return this.store.getAll("accounts");
		}
		/** A record by id (validated at the boundary), or `NotFoundError`. */
		async requireRecord(store, entity, id, options) {
			const recordId = parseInput(idSchema, id, "id");
			throwIfAborted(options?.signal);
			const record = await this.store.get(store, recordId);
			if (!record) throw new NotFoundError(entity, recordId);
			return record;
		}
		async commit(b, durability) {
			await this.store.commit(b.changes, {
				origin: this.origin,
				durability
			});
		}
		/** Runs read-plan-commit again when a concurrent change wins (not for idempotency clashes). */
		async retry(options, attempt) {
			for (let i = 1;; i++) {
				throwIfAborted(options?.signal);
				try {
					return await attempt();
				} catch (error) {
					if (!(error instanceof ConflictError) || error.reason === "idempotency" || i >= MAX_ATTEMPTS) throw error;
				}
			}
		}
		resolveStatus(campaign, label, fallback) {
			if (label === void 0 && fallback) return fallback;
			const status = label === void 0 ? void 0 : findStatus(campaign, label);
			if (!status) throw new ValidationError([{
				path: "status",
				code: "unknown_status",
				message: `"${label}" is not a member status of campaign ${campaign.id}`
			}]);
			return status;
		}
		async campaignForCapture(b, id) {
			const campaign = await this.store.get("campaigns", id);
			if (campaign) return {
				campaign,
				created: false
			};
			if (!this.autoCreate) throw new NotFoundError("campaign", id);
			const created = b.create("campaigns", id, autoCreatedCampaign(id));
			b.touchCampaign(id);
			return {
				campaign: created,
				created: true
			};
		}
		/**
		* Contacts and leads matching the email keys, one index request per key (leads and contacts
		* share the `people` store); a converted lead resolves to the contact it became.
		*/
		async lookupPeople(keys) {
			const found = await this.store.getByIndexMany("people", "emailKey", keys);
			const out = {
				contacts: /* @__PURE__ */ new Map(),
				leads: /* @__PURE__ */ new Map()
			};
			const convertedTo = [];
			keys.forEach((k, i) => {
				const strip = ({ kind: _k, ...r }) => r;
				const contact = found[i].filter((p) => p.kind === "contact").map((p) => strip(p)).sort((a, b) => a.createdAt < b.createdAt ? -1 : 1)[0];
				if (contact) out.contacts.set(k, contact);
				const leadRecord = found[i].find((p) => p.kind === "lead");
				if (!leadRecord) return;
				const lead = strip(leadRecord);
				if (lead.status === "converted" && lead.convertedContactId) {
					if (!contact) convertedTo.push([k, lead.convertedContactId]);
				} else out.leads.set(k, lead);
			});
			if (convertedTo.length) {
				const contacts = await this.store.getMany("contacts", convertedTo.map(([, id]) => id));
				convertedTo.forEach(([k], i) => contacts[i] && out.contacts.set(k, contacts[i]));
			}
			return out;
		}
		async lookupCapture(campaign, keys) {
			const people = await this.lookupPeople(keys);
			const refs = [...[...people.contacts.values()].map((c) => ({
				type: "contact",
				id: c.id
			})), ...[...people.leads.values()].map((l) => ({
				type: "lead",
				id: l.id
			}))];
			const [mine, all] = await Promise.all([this.store.getByIndexMany("members", "campaign+person", refs.map((r) => [campaign.id, personKey(r)])), this.store.getByIndexMany("members", "leadId", refs.filter((r) => r.type === "lead").map((r) => r.id))]);
			const contactRefs = refs.filter((r) => r.type === "contact");
			const contactMembers = await this.store.getByIndexMany("members", "contactId", contactRefs.map((r) => r.id));
			const memberships = /* @__PURE__ */ new Map();
			refs.forEach((r, i) => mine[i][0] && memberships.set(personKey(r), mine[i][0]));
			const personMemberships = /* @__PURE__ */ new Map();
			refs.filter((r) => r.type === "lead").forEach((r, i) => personMemberships.set(personKey(r), all[i]));
			contactRefs.forEach((r, i) => personMemberships.set(personKey(r), contactMembers[i]));
			return {
				campaign,
				...people,
				memberships,
				personMemberships
			};
		}
		async loadPeople(refs) {
			const leads = await this.store.getMany("leads", refs.map((r) => r.type === "lead" ? r.id : ""));
			const contacts = await this.store.getMany("contacts", refs.map((r) => r.type === "contact" ? r.id : ""));
			return refs.map((r, i) => {
				const person = r.type === "lead" ? leads[i] : contacts[i];
				if (!person) throw new NotFoundError(r.type, r.id);
				return person;
			});
		}
		/** The members, checked to exist on the campaign at the versions the caller saw. */
		async loadMembers(campaignId, refs) {
			const found = await this.store.getMany("members", refs.map((r) => r.id));
			return refs.map((r, i) => {
				const m = found[i];
				if (!m || m.campaignId !== campaignId) throw new NotFoundError("campaign member", r.id);
				if (m.version !== r.version) throw new ConflictError(`campaign member ${r.id} changed since it was read`);
				return m;
			});
		}
		async refreshSnapshots(b, ref, person) {
			refreshPersonCopies(b, await this.store.getByIndex("members", ref.type === "lead" ? "leadId" : "contactId", ref.id), memberPersonOf(person));
		}
		async checkParent(id, parentId) {
			const seen = new Set(id ? [id] : []);
			let cursor = parentId;
			while (cursor) {
				if (seen.has(cursor)) throw new ValidationError([{
					path: "parentId",
					code: "cycle",
					message: "A campaign cannot be its own ancestor"
				}]);
				seen.add(cursor);
				const parent = await this.store.get("campaigns", cursor);
				if (!parent) throw new ValidationError([{
					path: "parentId",
					code: "not_found",
					message: `No campaign ${cursor}`
				}]);
				cursor = parent.parentId;
			}
		}
	};
	cursorSchema = /* @__PURE__ */ object({
		i: /* @__PURE__ */ string(),
		k: /* @__PURE__ */ array(/* @__PURE__ */ union([/* @__PURE__ */ string(), /* @__PURE__ */ number()]))
	});
}));
// src/adapters/local/record-store.ts
function commitInfo(changes) {
	const stores = /* @__PURE__ */ new Set();
	for (const w of changes.writes) stores.add(w.store);
	for (const d of changes.deletes) stores.add(d.store);
	const count = changes.writes.length + changes.deletes.length;
	return {
		stores: [...stores],
		campaignIds: [...changes.campaignIds],
		ids: count <= 500 ? [...changes.writes.map((w) => w.record.id), ...changes.deletes.map((d) => d.id)] : void 0
	};
}
var init_record_store = __esmMin((() => {}));
// src/adapters/local/memory-store.ts
var clone, MemoryStore;
var init_memory_store = __esmMin((() => {
	init_errors$1();
	init_keys();
	init_record_store();
	init_schema();
	clone = (v) => structuredClone(v);
	MemoryStore = class {
		constructor() {
			this.name = "memory";
			this.data = new Map(STORE_NAMES.map((s) => [s, /* @__PURE__ */ new Map()]));
			this.counters = /* @__PURE__ */ new Map();
			this.listeners = /* @__PURE__ */ new Set();
		}
		records(store) {
			return this.data.get(physical(store));
		}
		async get(store, id) {
			return fromStored(store, clone(this.records(store).get(id)));
		}
		async getMany(store, ids) {
			return Promise.all(ids.map((id) => this.get(store, id)));
		}
		async getAll(store) {
			return [...this.records(store).values()].flatMap((r) => fromStored(store, clone(r)) ?? []);
		}
		async getByIndex(store, index, key) {
			const def = this.index(physical(store), index);
			const out = [];
			for (const r of this.records(store).values()) {
				const k = indexKey(r, def.keyPath);
				if (k === void 0 || compareKeys(k, key) !== 0) continue;
				const record = fromStored(store, clone(r));
				if (record) out.push(record);
			}
			return out;
		}
		async getByIndexMany(store, index, keys) {
			return Promise.all(keys.map((k) => this.getByIndex(store, index, k)));
		}
		async page(store, index, o) {
			const def = this.index(physical(store), index);
			const dir = o.direction === "next" ? 1 : -1;
			const rows = [];
			for (const r of this.records(store).values()) {
				const key = indexKey(r, def.keyPath);
				if (key === void 0 || !hasPrefix(key, o.prefix)) continue;
				if (o.after && compareKeys(key, o.after) * dir <= 0) continue;
				rows.push({
					key,
					r
				});
			}
			rows.sort((a, b) => compareKeys(a.key, b.key) * dir);
			if (o.skip) rows.splice(0, o.skip);
			const items = [];
			let lastKey;
			let i = 0;
			for (; i < rows.length && items.length < o.limit; i++) {
				if (o.filter && !o.filter(rows[i].r)) continue;
				items.push(fromStored(store, clone(rows[i].r)));
				lastKey = rows[i].key;
			}
			return {
				items,
				lastKey,
				more: i < rows.length
			};
		}
		async counter(key) {
			const c = this.counters.get(key);
			return c ? { ...c } : void 0;
		}
		async commit(changes, options = {}) {
			for (const w of changes.writes) {
				const stored = this.records(w.store).get(w.record.id);
				if (((w.expect === null ? stored : fromStored(w.store, stored))?.version ?? null) !== w.expect) throw new ConflictError(w.expect === null ? `${w.store} ${w.record.id} already exists` : `${w.store} ${w.record.id} changed since it was read`, w.expect === null ? "exists" : "version");
			}
			for (const d of changes.deletes) if (fromStored(d.store, this.records(d.store).get(d.id))?.version !== d.expect) throw new ConflictError(`${d.store} ${d.id} changed since it was read`);
			this.checkUnique(changes);
			for (const w of changes.writes) this.records(w.store).set(w.record.id, toStored(w.store, clone(w.record)));
			for (const d of changes.deletes) this.records(d.store).delete(d.id);
			for (const c of changes.counters) {
				const counter = this.counters.get(c.key) ?? {};
				for (const [f, n] of Object.entries(c.deltas)) counter[f] = (counter[f] ?? 0) + n;
				this.counters.set(c.key, counter);
			}
			const info = commitInfo(changes);
			queueMicrotask(() => this.listeners.forEach((l) => l(info, options.origin)));
		}
		onCommit(listener) {
			this.listeners.add(listener);
			return () => this.listeners.delete(listener);
		}
		close() {
			this.listeners.clear();
		}
		index(store, name) {
			const def = STORES[store].find((i) => i.name === name);
			if (!def) throw new Error(`No index ${name} on ${store}`);
			return def;
		}
		/** Refuses a change set that would give two records the same key in a unique index. */
		checkUnique(changes) {
			for (const store of new Set(changes.writes.map((w) => physical(w.store)))) {
				const unique = STORES[store].filter((i) => i.unique);
				if (!unique.length) continue;
				const written = new Map(changes.writes.filter((w) => physical(w.store) === store).map((w) => [w.record.id, toStored(w.store, w.record)]));
				const deleted = new Set(changes.deletes.filter((d) => physical(d.store) === store).map((d) => d.id));
				for (const def of unique) {
					const seen = /* @__PURE__ */ new Map();
					const visit = (id, r) => {
						const k = indexKey(r, def.keyPath);
						if (k === void 0) return;
						const s = JSON.stringify(k);
						const other = seen.get(s);
						if (other !== void 0 && other !== id) throw new ConflictError(`${store}.${def.name} ${s} is taken`, "exists");
						seen.set(s, id);
					};
					for (const [id, r] of written) visit(id, r);
					for (const [id, r] of this.data.get(store)) if (!written.has(id) && !deleted.has(id)) visit(id, r);
				}
			}
		}
	};
}));
// node_modules/idb/build/index.js
function getIdbProxyableTypes() {
	return idbProxyableTypes || (idbProxyableTypes = [
		IDBIndex,
		IDBObjectStore,
		IDBCursor,
		IDBDatabase,
		IDBTransaction
	]);
}
function getCursorAdvanceMethods() {
	return cursorAdvanceMethods || (cursorAdvanceMethods = [
		"advance",
		"continue",
		"continuePrimaryKey"
	].map((method) => IDBCursor.prototype[method]));
}
function promisifyRequest(request) {
	const promise = new Promise((resolve, reject) => {
		const unlisten = () => {
			request.removeEventListener("success", success);
			request.removeEventListener("error", error);
		};
		const success = () => {
			resolve(wrap(request.result));
			unlisten();
		};
		const error = () => {
			reject(request.error);
			unlisten();
		};
		request.addEventListener("success", success);
		request.addEventListener("error", error);
	});
	reverseTransformCache.set(promise, request);
	return promise;
}
function cacheDonePromiseForTransaction(tx) {
	if (transactionDoneMap.has(tx)) return;
	const done = new Promise((resolve, reject) => {
		const unlisten = () => {
			tx.removeEventListener("complete", complete);
			tx.removeEventListener("error", error);
			tx.removeEventListener("abort", error);
		};
		const complete = () => {
			resolve();
			unlisten();
		};
		const error = () => {
			reject(tx.error || new DOMException("AbortError", "AbortError"));
			unlisten();
		};
		tx.addEventListener("complete", complete);
		tx.addEventListener("error", error);
		tx.addEventListener("abort", error);
	});
	transactionDoneMap.set(tx, done);
}
function replaceTraps(callback) {
	idbProxyTraps = callback(idbProxyTraps);
}
function wrapFunction(func) {
	if (getCursorAdvanceMethods().includes(func)) return function(...args) {
		func.apply(unwrap(this), args);
		return wrap(this.request);
	};
	return function(...args) {
		return wrap(func.apply(unwrap(this), args));
	};
}
function transformCachableValue(value) {
	if (typeof value === "function") return wrapFunction(value);
	if (value instanceof IDBTransaction) cacheDonePromiseForTransaction(value);
	if (instanceOfAny(value, getIdbProxyableTypes())) return new Proxy(value, idbProxyTraps);
	return value;
}
function wrap(value) {
	if (value instanceof IDBRequest) return promisifyRequest(value);
	if (transformCache.has(value)) return transformCache.get(value);
	const newValue = transformCachableValue(value);
	if (!Object.is(newValue, value)) {
		transformCache.set(value, newValue);
		reverseTransformCache.set(newValue, value);
	}
	return newValue;
}
/**
* Open a database.
*
* @param name Name of the database.
* @param version Schema version.
* @param callbacks Additional callbacks.
*/
function openDB(name, version, { blocked, upgrade, blocking, terminated } = {}) {
	const request = indexedDB.open(name, version);
	const openPromise = wrap(request);
	if (upgrade) request.addEventListener("upgradeneeded", (event) => {
		upgrade(wrap(request.result), event.oldVersion, event.newVersion, wrap(request.transaction), event);
	});
	if (blocked) request.addEventListener("blocked", (event) => blocked(event.oldVersion, event.newVersion, event));
	openPromise.then((db) => {
		if (terminated) db.addEventListener("close", () => terminated());
		if (blocking) db.addEventListener("versionchange", (event) => blocking(event.oldVersion, event.newVersion, event));
	}).catch(() => {});
	return openPromise;
}
function getMethod(target, prop) {
	if (!(target instanceof IDBDatabase && !(prop in target) && typeof prop === "string")) return;
	if (cachedMethods[prop]) return cachedMethods[prop];
	const targetFuncName = prop.replace(/FromIndex$/, "");
	const useIndex = prop !== targetFuncName;
	const isWrite = writeMethods.includes(targetFuncName);
	if (!(targetFuncName in (useIndex ? IDBIndex : IDBObjectStore).prototype) || !(isWrite || readMethods.includes(targetFuncName))) return;
	const method = async function(storeName, ...args) {
		const tx = this.transaction(storeName, isWrite ? "readwrite" : "readonly");
		let target = tx.store;
		if (useIndex) target = target.index(args.shift());
		return (await Promise.all([target[targetFuncName](...args), isWrite && tx.done]))[0];
	};
	return cachedMethods[prop] = method;
}
async function* iterate(...args) {
	let cursor = this;
	if (!(cursor instanceof IDBCursor)) cursor = await cursor.openCursor(...args);
	if (!cursor) return;
	cursor = cursor;
	const proxiedCursor = new Proxy(cursor, cursorIteratorTraps);
	ittrProxiedCursorToOriginalProxy.set(proxiedCursor, cursor);
	reverseTransformCache.set(proxiedCursor, unwrap(cursor));
	while (cursor) {
		yield proxiedCursor;
		cursor = await (advanceResults.get(proxiedCursor) || cursor.continue());
		advanceResults.delete(proxiedCursor);
	}
}
function isIteratorProp(target, prop) {
	return prop === Symbol.asyncIterator && instanceOfAny(target, [
		IDBIndex,
		IDBObjectStore,
		IDBCursor
	]) || prop === "iterate" && instanceOfAny(target, [IDBIndex, IDBObjectStore]);
}
var instanceOfAny, idbProxyableTypes, cursorAdvanceMethods, transactionDoneMap, transformCache, reverseTransformCache, idbProxyTraps, unwrap, readMethods, writeMethods, cachedMethods, advanceMethodProps, methodMap, advanceResults, ittrProxiedCursorToOriginalProxy, cursorIteratorTraps;
var init_build = __esmMin((() => {
	instanceOfAny = (object, constructors) => constructors.some((c) => object instanceof c);
	transactionDoneMap = /* @__PURE__ */ new WeakMap();
	transformCache = /* @__PURE__ */ new WeakMap();
	reverseTransformCache = /* @__PURE__ */ new WeakMap();
	idbProxyTraps = {
		get(target, prop, receiver) {
			if (target instanceof IDBTransaction) {
				if (prop === "done") return transactionDoneMap.get(target);
				if (prop === "store") return receiver.objectStoreNames[1] ? void 0 : receiver.objectStore(receiver.objectStoreNames[0]);
			}
			return wrap(target[prop]);
		},
		set(target, prop, value) {
			target[prop] = value;
			return true;
		},
		has(target, prop) {
			if (target instanceof IDBTransaction && (prop === "done" || prop === "store")) return true;
			return prop in target;
		}
	};
	unwrap = (value) => reverseTransformCache.get(value);
	readMethods = [
		"get",
		"getKey",
		"getAll",
		"getAllKeys",
		"count"
	];
	writeMethods = [
		"put",
		"add",
		"delete",
		"clear"
	];
	cachedMethods = {};
	replaceTraps((oldTraps) => ({
		...oldTraps,
		get: (target, prop, receiver) => getMethod(target, prop) || oldTraps.get(target, prop, receiver),
		has: (target, prop) => !!getMethod(target, prop) || oldTraps.has(target, prop)
	}));
	advanceMethodProps = [
		"advance",
		"continue",
		"continuePrimaryKey"
	];
	methodMap = {};
	advanceResults = /* @__PURE__ */ new WeakMap();
	ittrProxiedCursorToOriginalProxy = /* @__PURE__ */ new WeakMap();
	cursorIteratorTraps = { get(target, prop) {
		if (!advanceMethodProps.includes(prop)) return target[prop];
		let cachedFunc = methodMap[prop];
		if (!cachedFunc) cachedFunc = methodMap[prop] = function(...args) {
			advanceResults.set(this, ittrProxiedCursorToOriginalProxy.get(this)[prop](...args));
		};
		return cachedFunc;
	} };
	replaceTraps((oldTraps) => ({
		...oldTraps,
		get(target, prop, receiver) {
			if (isIteratorProp(target, prop)) return iterate;
			return oldTraps.get(target, prop, receiver);
		},
		has(target, prop) {
			return isIteratorProp(target, prop) || oldTraps.has(target, prop);
		}
	}));
}));
// src/adapters/local/positions.ts
/** The cache key of a positioned read. */
function positionKey(index, prefix, direction) {
	return JSON.stringify([
		index,
		prefix,
		direction
	]);
}
var POSITION_STEP, PositionCache;
var init_positions = __esmMin((() => {
	POSITION_STEP = 1e3;
	PositionCache = class {
		constructor() {
			this.marks = /* @__PURE__ */ new Map();
			this.building = /* @__PURE__ */ new Map();
			this.generation = 0;
		}
		/** The recorded keys (`keys[j]` is at 1-based position (j + 1) * STEP), if built. */
		get(key) {
			return this.marks.get(key);
		}
		/** Resolves when no walk is in progress (tests, benchmarks). */
		async settled() {
			while (this.building.size) await Promise.all(this.building.values());
		}
		/** Drops every recorded position (after a change to members here or in another tab). */
		invalidate() {
			this.marks.clear();
			this.generation++;
		}
		/** Walks `index` over `range` in the background and records the positions, once per key. */
		build(key, open, range, direction) {
			if (this.marks.has(key) || this.building.has(key)) return;
			let finish;
			this.building.set(key, new Promise((r) => finish = r));
			const generation = this.generation;
			const keys = [];
			const done = (ok) => {
				this.building.delete(key);
				if (ok && generation === this.generation) this.marks.set(key, keys);
				finish();
			};
			let req;
			try {
				req = open().openKeyCursor(range, direction);
			} catch {
				return done(false);
			}
			let started = false;
			req.onerror = () => done(false);
			req.onsuccess = () => {
				const cursor = req.result;
				if (!cursor) return done(true);
				if (generation !== this.generation) return done(false);
				if (!started) {
					started = true;
					return cursor.advance(999);
				}
				keys.push(cursor.key);
				cursor.advance(POSITION_STEP);
			};
		}
	};
}));
// src/adapters/local/indexeddb-store.ts
function toStoreError(error) {
	const name = error?.name;
	if (name === "ConstraintError") return new ConflictError("A record with this key already exists", "exists");
	if (name === "QuotaExceededError") return new UnavailableError("The browser refused to store more data (quota)", { cause: error });
	if (name === "AbortError" || name === "InvalidStateError" || name === "TransactionInactiveError" || name === "UnknownError") return new UnavailableError(`The database could not complete the change: ${error.message}`, { cause: error });
	return error;
}
/**
* Every record whose index key equals each of `keys`, as a merge join: the keys sorted, one
* cursor jumping (`continue(key)`) to the next wanted key. A wanted key that is absent costs
* nothing when the cursor already landed past it, so a batch of mostly new emails needs about
* as many round trips as there are existing keys in its range, not one per key.
*/
function mergeLookup(idx, keys) {
	const order = keys.map((_, i) => i).sort((a, b) => indexedDB.cmp(keys[a], keys[b]));
	const out = keys.map(() => []);
	const range = IDBKeyRange.bound(keys[order[0]], keys[order[order.length - 1]]);
	return new Promise((resolve, reject) => {
		let p = 0;
		const req = idx.openCursor(range);
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const cursor = req.result;
			if (!cursor) return resolve(out);
			while (p < order.length && indexedDB.cmp(keys[order[p]], cursor.key) < 0) p++;
			if (p === order.length) return resolve(out);
			if (indexedDB.cmp(keys[order[p]], cursor.key) === 0) {
				for (let q = p; q < order.length && indexedDB.cmp(keys[order[q]], cursor.key) === 0; q++) out[order[q]].push(cursor.value);
				cursor.continue();
			} else cursor.continue(keys[order[p]]);
		};
	});
}
/** The index key of the `count`-th entry of `range` (1-based), via one `advance`, or undefined past the end. */
function skipTo(idx, range, direction, count) {
	return new Promise((resolve, reject) => {
		const req = idx.openKeyCursor(range, direction);
		let advanced = false;
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const cursor = req.result;
			if (!cursor) return resolve(void 0);
			if (!advanced && count > 1) {
				advanced = true;
				cursor.advance(count - 1);
				return;
			}
			resolve(cursor.key);
		};
	});
}
function request(req) {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}
/** Up to `count` records of `range` in one request (getAll, or getAllRecords for `prev`). */
async function readBatch(idx, range, direction, count) {
	if (direction === "next") return request(idx.getAll(range, count));
	return (await request(idx.getAllRecords({
		query: range,
		count,
		direction: "prev"
	}))).map((r) => r.value);
}
/** Fallback for browsers without getAllRecords: walk a `prev` cursor. */
async function readCursor(idx, range, count) {
	const out = [];
	return new Promise((resolve, reject) => {
		const req = idx.openCursor(range, "prev");
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const c = req.result;
			if (!c || out.length === count) return resolve(out);
			out.push(c.value);
			c.continue();
		};
	});
}
var migrations, MERGE_LOOKUP_MIN, WRITE_CHUNK$1, SCAN_CHUNK, IndexedDBStore;
var init_indexeddb_store = __esmMin((() => {
	init_build();
	init_errors$1();
	init_keys();
	init_positions();
	init_record_store();
	init_schema();
	migrations = [(db) => {
		for (const name of STORE_NAMES) {
			const store = db.createObjectStore(name, { keyPath: "id" });
			for (const i of STORES[name]) store.createIndex(i.name, i.keyPath, { unique: !!i.unique });
		}
		db.createObjectStore(COUNTERS, { keyPath: "key" });
	}, (_db, tx) => {
		const members = unwrap(tx).objectStore("members");
		for (const i of STORES.members) if (!members.indexNames.contains(i.name)) members.createIndex(i.name, i.keyPath, { unique: !!i.unique });
		const cursor = members.openCursor();
		cursor.onsuccess = () => {
			const c = cursor.result;
			if (!c) return;
			c.update(toStored("members", fromStored("members", c.value)));
			c.continue();
		};
	}];
	MERGE_LOOKUP_MIN = 16;
	WRITE_CHUNK$1 = 250;
	SCAN_CHUNK = 200;
	IndexedDBStore = class {
		constructor(name = "lead-kit") {
			this.name = name;
			this.listeners = /* @__PURE__ */ new Set();
			this.closed = false;
			this.positions = new PositionCache();
			if (typeof BroadcastChannel === "function") {
				this.channel = new BroadcastChannel(`lead-kit:${name}`);
				this.channel.onmessage = (e) => {
					if (e.data.stores.includes("members")) this.positions.invalidate();
					this.listeners.forEach((l) => l(e.data, void 0));
				};
			}
		}
		/** Opens (or reopens, after another tab's upgrade closed it) the database. */
		db() {
			if (this.closed) return Promise.reject(new UnavailableError(`Store ${this.name} is closed`));
			if (typeof indexedDB === "undefined") return Promise.reject(new UnavailableError("IndexedDB is not available in this browser"));
			this.dbPromise ??= openDB(this.name, 2, {
				upgrade: (db, oldVersion, _newVersion, tx) => {
					for (let v = oldVersion; v < 2; v++) migrations[v](db, tx);
				},
				blocking: (_current, _blocked, event) => {
					event.target.close();
					this.dbPromise = void 0;
				},
				terminated: () => {
					this.dbPromise = void 0;
				}
			}).catch((error) => {
				this.dbPromise = void 0;
				const name = error?.name;
				throw new UnavailableError(name === "VersionError" ? `Database ${this.name} was upgraded by a newer version of this page: reload the page` : `Cannot open database ${this.name}: ${error?.message ?? error}`, { cause: error });
			});
			return this.dbPromise;
		}
		async get(store, id) {
			return fromStored(store, await (await this.db()).get(physical(store), id));
		}
		async getMany(store, ids) {
			const tx = (await this.db()).transaction(physical(store), "readonly");
			return (await Promise.all(ids.map((id) => tx.store.get(id)))).map((r) => fromStored(store, r));
		}
		async getAll(store) {
			return (await (await this.db()).getAll(physical(store))).flatMap((r) => fromStored(store, r) ?? []);
		}
		async getByIndex(store, index, key) {
			return (await (await this.db()).getAllFromIndex(physical(store), index, key)).flatMap((r) => fromStored(store, r) ?? []);
		}
		async getByIndexMany(store, index, keys) {
			if (keys.length === 0) return [];
			const db = await this.db();
			const name = physical(store);
			const idx = unwrap(db).transaction(name, "readonly").objectStore(name).index(index);
			return (keys.length >= MERGE_LOOKUP_MIN ? await mergeLookup(idx, keys) : await Promise.all(keys.map((k) => request(idx.getAll(k))))).map((list) => list.flatMap((r) => fromStored(store, r) ?? []));
		}
		async page(store, index, o) {
			const db = await this.db();
			const name = physical(store);
			const def = STORES[name].find((i) => i.name === index);
			if (!def) throw new Error(`No index ${index} on ${name}`);
			const idx = unwrap(db).transaction(name, "readonly").objectStore(name).index(index);
			const end = [...o.prefix, []];
			const items = [];
			let after = o.after;
			let lastKey;
			if (o.skip) {
				let from = after;
				let count = o.skip;
				if (!after) {
					const key = positionKey(index, o.prefix, o.direction);
					const marks = this.positions.get(key);
					const j = marks ? Math.min(Math.floor(o.skip / POSITION_STEP), marks.length) - 1 : -1;
					if (marks && j >= 0) {
						from = marks[j];
						count = o.skip - (j + 1) * POSITION_STEP;
					} else if (o.skip >= 1e3) this.recordPositions(db, name, index, o.prefix, o.direction);
				}
				if (count === 0) after = from;
				else {
					const skipped = await skipTo(idx, o.direction === "next" ? IDBKeyRange.bound(from ?? o.prefix, end, !!from, false) : IDBKeyRange.bound(o.prefix, from ?? end, false, !!from), o.direction, count);
					if (!skipped) return {
						items,
						more: false
					};
					after = skipped;
				}
			}
			if (!o.after && !o.skip && !o.filter) this.recordPositions(db, name, index, o.prefix, o.direction);
			const canBatch = o.direction === "next" || "getAllRecords" in idx;
			for (;;) {
				const range = o.direction === "next" ? IDBKeyRange.bound(after ?? o.prefix, end, !!after, false) : IDBKeyRange.bound(o.prefix, after ?? end, false, !!after);
				const want = o.filter ? SCAN_CHUNK : o.limit - items.length + 1;
				const batch = canBatch ? await readBatch(idx, range, o.direction, want) : await readCursor(idx, range, want);
				for (const r of batch) {
					if (items.length === o.limit) return {
						items,
						lastKey,
						more: true
					};
					after = indexKey(r, def.keyPath);
					if (o.filter && !o.filter(r)) continue;
					const record = fromStored(store, r);
					if (!record) continue;
					items.push(record);
					lastKey = after;
				}
				if (batch.length < want) return {
					items,
					lastKey,
					more: false
				};
			}
		}
		recordPositions(db, store, index, prefix, direction) {
			const open = () => unwrap(db).transaction(store, "readonly").objectStore(store).index(index);
			this.positions.build(positionKey(index, prefix, direction), open, IDBKeyRange.bound(prefix, [...prefix, []]), direction);
		}
		/** Resolves once the background position walks are done (tests, benchmarks). */
		positionsSettled() {
			return this.positions.settled();
		}
		async counter(key) {
			return (await (await this.db()).get(COUNTERS, key))?.counts;
		}
		async commit(changes, options = {}) {
			const db = await this.db();
			const names = /* @__PURE__ */ new Set([...changes.writes.map((w) => physical(w.store)), ...changes.deletes.map((d) => physical(d.store))]);
			if (changes.counters.length) names.add(COUNTERS);
			if (names.size === 0) return;
			const tx = db.transaction([...names], "readwrite", { durability: options.durability ?? "default" });
			const done = tx.done;
			done.catch(() => {});
			try {
				const creates = changes.writes.filter((w) => w.expect === null);
				const ops = [];
				const issueCreates = (async () => {
					for (let i = 0; i < creates.length; i += WRITE_CHUNK$1) {
						const chunk = creates.slice(i, i + WRITE_CHUNK$1).map((w) => {
							const request = tx.objectStore(physical(w.store)).add(toStored(w.store, w.record));
							request.catch(() => {});
							return request;
						});
						ops.push(...chunk);
						if (i + WRITE_CHUNK$1 < creates.length) await chunk[0];
					}
				})();
				const checks = [...changes.writes.filter((w) => w.expect !== null).map((w) => ({
					store: w.store,
					id: w.record.id,
					expect: w.expect
				})), ...changes.deletes];
				const [, currents, counters] = await Promise.all([
					issueCreates,
					Promise.all(checks.map((c) => tx.objectStore(physical(c.store)).get(c.id))),
					Promise.all(changes.counters.map((c) => tx.objectStore(COUNTERS).get(c.key)))
				]);
				checks.forEach((c, i) => {
					if (fromStored(c.store, currents[i])?.version !== c.expect) throw new ConflictError(`${c.store} ${c.id} changed since it was read`);
				});
				for (const w of changes.writes) if (w.expect !== null) ops.push(tx.objectStore(physical(w.store)).put(toStored(w.store, w.record)));
				for (const d of changes.deletes) ops.push(tx.objectStore(physical(d.store)).delete(d.id));
				changes.counters.forEach((c, i) => {
					const counts = { ...counters[i]?.counts ?? {} };
					for (const [f, n] of Object.entries(c.deltas)) counts[f] = (counts[f] ?? 0) + n;
					ops.push(tx.objectStore(COUNTERS).put({
						key: c.key,
						counts
					}));
				});
				await Promise.all([...ops, done]);
			} catch (error) {
				try {
					tx.abort();
				} catch {}
				const cause = tx.error;
				throw toStoreError(error instanceof ConflictError || !cause ? error : cause);
			}
			const info = commitInfo(changes);
			if (info.stores.includes("members")) this.positions.invalidate();
			this.listeners.forEach((l) => l(info, options.origin));
			this.channel?.postMessage(info);
		}
		onCommit(listener) {
			this.listeners.add(listener);
			return () => this.listeners.delete(listener);
		}
		close() {
			this.closed = true;
			this.listeners.clear();
			this.channel?.close();
			this.dbPromise?.then((db) => db.close(), () => {});
			this.dbPromise = void 0;
		}
	};
}));
// src/adapters/local/index.ts
var local_exports = /* @__PURE__ */ __exportAll({
	AbortedError: () => AbortedError,
	ConflictError: () => ConflictError,
	DB_VERSION: () => 2,
	IndexedDBStore: () => IndexedDBStore,
	LeadKitError: () => LeadKitError,
	LocalAdapter: () => LocalAdapter,
	MemoryStore: () => MemoryStore,
	NotFoundError: () => NotFoundError,
	QueuedError: () => QueuedError,
	USE_CASES: () => USE_CASES,
	UnavailableError: () => UnavailableError,
	ValidationError: () => ValidationError,
	defineUseCases: () => defineUseCases,
	throwIfAborted: () => throwIfAborted
});
var init_local = __esmMin((() => {
	init_adapter();
	init_local_adapter();
	init_memory_store();
	init_indexeddb_store();
	init_schema();
}));
// src/context/default-adapter.ts
init_local();
var KEY = Symbol.for("lead-kit.default-adapter.v1");
var registry = globalThis[KEY] ?? (globalThis[KEY] = { byDatabase: /* @__PURE__ */ new Map() });
/**
* The local IndexedDB adapter for a database name: one instance per name on the page, so
* every widget and provider naming it shares one connection and one change feed. Its code is
* loaded on first use, so widgets render before the storage code has downloaded.
*/
function localAdapterFor(database) {
	let adapter = registry.byDatabase.get(database);
	if (!adapter) {
		adapter = new LazyAdapter(`local:${database}`, async () => {
			const { LocalAdapter, IndexedDBStore } = await Promise.resolve().then(() => (init_local(), local_exports));
			return new LocalAdapter(new IndexedDBStore(database));
		});
		registry.byDatabase.set(database, adapter);
	}
	return adapter;
}
/** The database name of the default adapter: configured, else the page's meta tag, else `lead-kit`. */
function defaultDatabaseName() {
	if (registry.database) return registry.database;
	return (typeof document !== "undefined" ? document.querySelector("meta[name=\"lead-kit:database\"]") : null)?.content.trim() || "lead-kit";
}
/**
* The adapter widgets use when no `<lead-kit>` provider is around them: an adapter set with
* {@link configureDefaultAdapter}, else the embedded IndexedDB adapter (created on first use).
*/
function getDefaultAdapter() {
	return registry.adapter ?? localAdapterFor(defaultDatabaseName());
}
// \0@oxc-project+runtime@0.156.0/helpers/esm/decorate.js
function __decorate(decorators, target, key, desc) {
	var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
	if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
	else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
	return c > 3 && r && Object.defineProperty(target, key, r), r;
}
// src/context/lead-kit.ts
/**
* Supplies one data adapter to every Lead Kit widget inside it.
*
* Set `adapter` from script for any adapter (memory, REST, a CRM), or `database` for the
* embedded IndexedDB adapter on a database of that name. With neither, the page-wide default
* applies. Providers nest: a widget uses the nearest one.
*
* @summary Provider of the shared data adapter (`@lit/context`).
* @tagname lead-kit
* @slot - Widgets (and any other content) that use this adapter.
* @fires {LeadKitAdapterChangeEvent} lead-kit-adapter-change - When the adapter this provider supplies changes. `detail: { adapter }`.
*/
var LeadKit = class extends i$3 {
	constructor(..._args) {
		super(..._args);
		this.provider = new i$7(this, { context: adapterContext });
	}
	static {
		this.styles = i$6`
    :host {
      display: contents;
    }
  `;
	}
	/** The adapter widgets inside receive. */
	get resolvedAdapter() {
		return this.adapter ?? (this.database ? localAdapterFor(this.database) : getDefaultAdapter());
	}
	connectedCallback() {
		super.connectedCallback();
		this.provider.setValue(this.resolvedAdapter);
	}
	willUpdate(changed) {
		if (!changed.has("adapter") && !changed.has("database")) return;
		const next = this.resolvedAdapter;
		if (this.provider.value === next) return;
		this.provider.setValue(next);
		this.dispatchEvent(new LeadKitAdapterChangeEvent(next));
	}
	render() {
		return b`<slot></slot>`;
	}
};
__decorate([n$1({ attribute: false })], LeadKit.prototype, "adapter", void 0);
__decorate([n$1({ reflect: true })], LeadKit.prototype, "database", void 0);
/** Fired by `<lead-kit>` when the adapter it supplies changes. */
var LeadKitAdapterChangeEvent = class LeadKitAdapterChangeEvent extends Event {
	static {
		this.type = "lead-kit-adapter-change";
	}
	constructor(adapter) {
		super(LeadKitAdapterChangeEvent.type, {
			bubbles: true,
			composed: true
		});
		this.adapter = adapter;
	}
	/** Same as the event's fields, for listeners reading `detail`. */
	get detail() {
		return { adapter: this.adapter };
	}
};
// src/define/define.ts
/**
* Defines a custom element unless this tag is already defined (by another copy of the kit), after
* attaching the page's context root (so a widget that upgrades before its `<lead-kit>` provider
* still gets the provider's adapter). Does nothing where there is no custom element registry
* (server-side rendering registers through its own shim).
*/
function defineElement(tag, ctor) {
	if (typeof customElements === "undefined") return;
	ensureContextRoot();
	if (!customElements.get(tag)) customElements.define(tag, ctor);
}
// src/define/lead-kit.ts
/** `lead-kit/define/lead-kit`: registers `<lead-kit>` (once per page) and exports the classes. */
defineElement("lead-kit", LeadKit);
// node_modules/lit-html/directive.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
var t$1 = {
	ATTRIBUTE: 1,
	CHILD: 2,
	PROPERTY: 3,
	BOOLEAN_ATTRIBUTE: 4,
	EVENT: 5,
	ELEMENT: 6
};
var e$1 = (t) => (...e) => ({
	_$litDirective$: t,
	values: e
}), i$2 = class {
	constructor(t) {}
	get _$AU() {
		return this._$AM._$AU;
	}
	_$AT(t, e, i) {
		this._$Ct = t, this._$AM = e, this._$Ci = i;
	}
	_$AS(t, e) {
		return this.update(t, e);
	}
	update(t, e) {
		return this.render(...e);
	}
}, { I: t } = j$1, r$1 = (o) => void 0 === o.strings, m = {}, p = (o, t = m) => o._$AH = t;
/**
* @license
* Copyright 2020 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/
// node_modules/lit-html/directives/live.js
/**
* @license
* Copyright 2020 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var l = e$1(class extends i$2 {
	constructor(r) {
		if (super(r), r.type !== t$1.PROPERTY && r.type !== t$1.ATTRIBUTE && r.type !== t$1.BOOLEAN_ATTRIBUTE) throw Error("The `live` directive is not allowed on child or event bindings");
		if (!r$1(r)) throw Error("`live` bindings can only contain a single expression");
	}
	render(r) {
		return r;
	}
	update(i, [t]) {
		if (t === E || t === A) return t;
		const o = i.element, l = i.name;
		if (i.type === t$1.PROPERTY) {
			if (t === o[l]) return E;
		} else if (i.type === t$1.BOOLEAN_ATTRIBUTE) {
			if (!!t === o.hasAttribute(l)) return E;
		} else if (i.type === t$1.ATTRIBUTE && o.getAttribute(l) === t + "") return E;
		return p(i), t;
	}
});
// src/controllers/adapter-controller.ts
/**
* Gives an element its DataAdapter: the nearest `<lead-kit>` provider's, else the page-wide
* default (IndexedDB). Follows a provider that appears later or changes its adapter, and
* forwards the adapter's change events to `onChange` while the element is connected.
*/
var AdapterController = class {
	constructor(host) {
		this.host = host;
		this.listeners = /* @__PURE__ */ new Set();
		host.addController(this);
		this.consumer = new s$6(host, {
			context: adapterContext,
			subscribe: true,
			callback: () => {
				this.resubscribe();
				host.requestUpdate();
			}
		});
	}
	/** The adapter to use now. */
	get adapter() {
		return this.consumer.value ?? getDefaultAdapter();
	}
	/** True when a provider supplies the adapter (false: the page-wide default). */
	get provided() {
		return this.consumer.value !== void 0;
	}
	/** Calls `listener` with every change the current adapter announces; returns a remover. */
	onChange(listener) {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
	hostConnected() {
		this.resubscribe();
	}
	hostDisconnected() {
		this.unsubscribe?.();
		this.unsubscribe = void 0;
		this.subscribedTo = void 0;
	}
	resubscribe() {
		if (!this.host.isConnected) return;
		const adapter = this.adapter;
		if (adapter === this.subscribedTo) return;
		this.unsubscribe?.();
		this.subscribedTo = adapter;
		this.unsubscribe = adapter.subscribe((e) => this.listeners.forEach((l) => l(e)));
	}
};
// src/domain/attribution.ts
var UTM = {
	utm_source: "utmSource",
	utm_medium: "utmMedium",
	utm_campaign: "utmCampaign",
	utm_term: "utmTerm",
	utm_content: "utmContent"
};
/**
* Where a web lead came from: the UTM parameters of the page URL, the page itself (without its
* fragment) and the referrer. Empty values are left out.
*/
function attributionFrom(pageUrl, referrer = "") {
	const out = {};
	let url;
	try {
		url = new URL(pageUrl);
	} catch {
		return out;
	}
	for (const [param, field] of Object.entries(UTM)) {
		const value = url.searchParams.get(param)?.trim();
		if (value) out[field] = value.slice(0, 255);
	}
	url.hash = "";
	out.pageUrl = url.href.slice(0, 2048);
	if (referrer) out.referrer = referrer.slice(0, 2048);
	return out;
}
// src/i18n/messages/en-core.ts
/** English strings every element needs (states, errors, field messages, the lead form): built in. */
var enCore = {
	"state.loading": "Loading…",
	"state.empty": "Nothing here yet.",
	"state.error": "Something went wrong.",
	"action.retry": "Try again",
	"error.validation": "Please correct the highlighted fields.",
	"error.not-found": "It was not found. It may have been removed.",
	"error.conflict": "Someone changed this in the meantime. Reload and try again.",
	"error.unavailable": "The data cannot be reached right now. Try again shortly.",
	"field.required": "This field is required.",
	"field.email": "Enter an email address like name@example.com.",
	"field.too_long": "This is too long.",
	"field.too_small": "This value is too small.",
	"field.too_big": "This value is too large.",
	"field.number": "Enter a number.",
	"field.integer": "Enter a whole number.",
	"field.date": "Enter a valid date.",
	"field.invalid": "This value is not valid.",
	"field.unknown_status": "This status does not exist for the campaign.",
	"form.firstName": "First name",
	"form.lastName": "Last name",
	"form.email": "Email",
	"form.phone": "Phone",
	"form.company": "Company",
	"form.title": "Job title",
	"form.industry": "Industry",
	"form.employees": "Employees",
	"form.country": "Country",
	"form.website": "Website",
	"form.message": "Message",
	"form.submit": "Submit",
	"form.submitting": "Sending…",
	"form.success": "Thank you! We have received your details.",
	"form.success-named": "Thank you, {name}! We have received your details.",
	"form.errors-title": "Please correct {count, plural, one {# field} other {# fields}}:",
	"form.required": "required",
	"form.choose": "Choose…",
	"form.honeypot": "Leave this field empty",
	"form.campaign-not-found": "This form is not connected to an active campaign. Your details are kept; please try again later or contact us.",
	"form.failed": "Your details could not be sent. They are kept in the form; please try again.",
	"form.queued": "Thank you! Your details are saved on this device and will be sent as soon as the connection is back.",
	"form.queued-memory": "Thank you! Your details could not be saved on this device, so keep this page open: they will be sent as soon as the connection is back."
};
// src/i18n/messages/uk-core.ts
var uk_core_exports = /* @__PURE__ */ __exportAll({ ukCore: () => ukCore });
var ukCore;
var init_uk_core = __esmMin((() => {
	ukCore = {
		"state.loading": "Завантаження…",
		"state.empty": "Тут поки нічого немає.",
		"state.error": "Щось пішло не так.",
		"action.retry": "Спробувати ще раз",
		"error.validation": "Виправте, будь ласка, виділені поля.",
		"error.not-found": "Не знайдено. Можливо, запис видалено.",
		"error.conflict": "Хтось змінив це тим часом. Оновіть і спробуйте ще раз.",
		"error.unavailable": "Дані зараз недоступні. Спробуйте трохи згодом.",
		"field.required": "Це поле обовʼязкове.",
		"field.email": "Введіть адресу електронної пошти, напр. name@example.com.",
		"field.too_long": "Занадто довге значення.",
		"field.too_small": "Значення замале.",
		"field.too_big": "Значення завелике.",
		"field.number": "Введіть число.",
		"field.integer": "Введіть ціле число.",
		"field.date": "Введіть правильну дату.",
		"field.invalid": "Недійсне значення.",
		"field.unknown_status": "Такого статусу в цій кампанії немає.",
		"form.firstName": "Імʼя",
		"form.lastName": "Прізвище",
		"form.email": "Електронна пошта",
		"form.phone": "Телефон",
		"form.company": "Компанія",
		"form.title": "Посада",
		"form.industry": "Галузь",
		"form.employees": "Кількість працівників",
		"form.country": "Країна",
		"form.website": "Вебсайт",
		"form.message": "Повідомлення",
		"form.submit": "Надіслати",
		"form.submitting": "Надсилання…",
		"form.success": "Дякуємо! Ми отримали ваші дані.",
		"form.success-named": "Дякуємо, {name}! Ми отримали ваші дані.",
		"form.errors-title": "Виправте, будь ласка, {count, plural, one {# поле} few {# поля} many {# полів} other {# поля}}:",
		"form.required": "обовʼязково",
		"form.choose": "Оберіть…",
		"form.honeypot": "Залиште це поле порожнім",
		"form.campaign-not-found": "Ця форма не привʼязана до активної кампанії. Ваші дані збережено у формі; спробуйте пізніше або звʼяжіться з нами.",
		"form.failed": "Не вдалося надіслати ваші дані. Вони залишаються у формі; спробуйте ще раз.",
		"form.queued": "Дякуємо! Ваші дані збережено на цьому пристрої; їх буде надіслано, щойно з’явиться зв’язок.",
		"form.queued-memory": "Дякуємо! Зберегти ваші дані на цьому пристрої не вдалося, тож не закривайте цю сторінку: їх буде надіслано, щойно з’явиться зв’язок."
	};
}));
// src/i18n/messages/ru-core.ts
var ru_core_exports = /* @__PURE__ */ __exportAll({ ruCore: () => ruCore });
var ruCore;
var init_ru_core = __esmMin((() => {
	ruCore = {
		"state.loading": "Загрузка…",
		"state.empty": "Здесь пока ничего нет.",
		"state.error": "Что-то пошло не так.",
		"action.retry": "Повторить",
		"error.validation": "Исправьте, пожалуйста, выделенные поля.",
		"error.not-found": "Не найдено. Возможно, запись удалена.",
		"error.conflict": "Кто-то изменил это за это время. Обновите и попробуйте снова.",
		"error.unavailable": "Данные сейчас недоступны. Попробуйте чуть позже.",
		"field.required": "Это поле обязательно.",
		"field.email": "Введите адрес электронной почты, напр. name@example.com.",
		"field.too_long": "Слишком длинное значение.",
		"field.too_small": "Значение слишком мало.",
		"field.too_big": "Значение слишком велико.",
		"field.number": "Введите число.",
		"field.integer": "Введите целое число.",
		"field.date": "Введите правильную дату.",
		"field.invalid": "Недопустимое значение.",
		"field.unknown_status": "Такого статуса в этой кампании нет.",
		"form.firstName": "Имя",
		"form.lastName": "Фамилия",
		"form.email": "Электронная почта",
		"form.phone": "Телефон",
		"form.company": "Компания",
		"form.title": "Должность",
		"form.industry": "Отрасль",
		"form.employees": "Число сотрудников",
		"form.country": "Страна",
		"form.website": "Веб-сайт",
		"form.message": "Сообщение",
		"form.submit": "Отправить",
		"form.submitting": "Отправка…",
		"form.success": "Спасибо! Мы получили ваши данные.",
		"form.success-named": "Спасибо, {name}! Мы получили ваши данные.",
		"form.errors-title": "Исправьте, пожалуйста, {count, plural, one {# поле} few {# поля} many {# полей} other {# поля}}:",
		"form.required": "обязательно",
		"form.choose": "Выберите…",
		"form.honeypot": "Оставьте это поле пустым",
		"form.campaign-not-found": "Эта форма не привязана к активной кампании. Ваши данные сохранены в форме; попробуйте позже или свяжитесь с нами.",
		"form.failed": "Не удалось отправить ваши данные. Они остаются в форме; попробуйте ещё раз.",
		"form.queued": "Спасибо! Ваши данные сохранены на этом устройстве и будут отправлены, как только появится связь.",
		"form.queued-memory": "Спасибо! Сохранить ваши данные на этом устройстве не удалось, поэтому не закрывайте эту страницу: они будут отправлены, как только появится связь."
	};
}));
// src/i18n/messages/fr-core.ts
var fr_core_exports = /* @__PURE__ */ __exportAll({ frCore: () => frCore });
var frCore;
var init_fr_core = __esmMin((() => {
	frCore = {
		"state.loading": "Chargement…",
		"state.empty": "Rien pour l’instant.",
		"state.error": "Une erreur s’est produite.",
		"action.retry": "Réessayer",
		"error.validation": "Veuillez corriger les champs signalés.",
		"error.not-found": "Introuvable. L’élément a peut-être été supprimé.",
		"error.conflict": "Quelqu’un a modifié ceci entre-temps. Rechargez et réessayez.",
		"error.unavailable": "Les données sont inaccessibles pour le moment. Réessayez sous peu.",
		"field.required": "Ce champ est obligatoire.",
		"field.email": "Saisissez une adresse e-mail comme nom@exemple.fr.",
		"field.too_long": "Cette valeur est trop longue.",
		"field.too_small": "Cette valeur est trop petite.",
		"field.too_big": "Cette valeur est trop grande.",
		"field.number": "Saisissez un nombre.",
		"field.integer": "Saisissez un nombre entier.",
		"field.date": "Saisissez une date valide.",
		"field.invalid": "Cette valeur n’est pas valide.",
		"field.unknown_status": "Ce statut n’existe pas pour la campagne.",
		"form.firstName": "Prénom",
		"form.lastName": "Nom",
		"form.email": "E-mail",
		"form.phone": "Téléphone",
		"form.company": "Entreprise",
		"form.title": "Fonction",
		"form.industry": "Secteur",
		"form.employees": "Nombre d’employés",
		"form.country": "Pays",
		"form.website": "Site web",
		"form.message": "Message",
		"form.submit": "Envoyer",
		"form.submitting": "Envoi…",
		"form.success": "Merci ! Nous avons bien reçu vos coordonnées.",
		"form.success-named": "Merci, {name} ! Nous avons bien reçu vos coordonnées.",
		"form.errors-title": "Veuillez corriger {count, plural, one {# champ} other {# champs}} :",
		"form.required": "obligatoire",
		"form.choose": "Choisir…",
		"form.honeypot": "Laissez ce champ vide",
		"form.campaign-not-found": "Ce formulaire n’est relié à aucune campagne active. Vos données sont conservées ; réessayez plus tard ou contactez-nous.",
		"form.failed": "Vos coordonnées n’ont pas pu être envoyées. Elles restent dans le formulaire ; veuillez réessayer.",
		"form.queued": "Merci ! Vos informations sont enregistrées sur cet appareil et seront envoyées dès le retour de la connexion.",
		"form.queued-memory": "Merci ! Vos informations n’ont pas pu être enregistrées sur cet appareil : gardez cette page ouverte, elles seront envoyées dès le retour de la connexion."
	};
}));
// src/i18n/messages/vi-core.ts
var vi_core_exports = /* @__PURE__ */ __exportAll({ viCore: () => viCore });
var viCore;
var init_vi_core = __esmMin((() => {
	viCore = {
		"state.loading": "Đang tải…",
		"state.empty": "Chưa có gì ở đây.",
		"state.error": "Đã xảy ra lỗi.",
		"action.retry": "Thử lại",
		"error.validation": "Vui lòng sửa các trường được đánh dấu.",
		"error.not-found": "Không tìm thấy. Có thể mục này đã bị xóa.",
		"error.conflict": "Ai đó đã thay đổi mục này trong lúc đó. Hãy tải lại và thử lại.",
		"error.unavailable": "Hiện không thể truy cập dữ liệu. Hãy thử lại sau ít phút.",
		"field.required": "Trường này là bắt buộc.",
		"field.email": "Nhập địa chỉ email, ví dụ ten@example.com.",
		"field.too_long": "Giá trị quá dài.",
		"field.too_small": "Giá trị quá nhỏ.",
		"field.too_big": "Giá trị quá lớn.",
		"field.number": "Nhập một số.",
		"field.integer": "Nhập một số nguyên.",
		"field.date": "Nhập ngày hợp lệ.",
		"field.invalid": "Giá trị không hợp lệ.",
		"field.unknown_status": "Chiến dịch không có trạng thái này.",
		"form.firstName": "Tên",
		"form.lastName": "Họ",
		"form.email": "Email",
		"form.phone": "Điện thoại",
		"form.company": "Công ty",
		"form.title": "Chức danh",
		"form.industry": "Ngành",
		"form.employees": "Số nhân viên",
		"form.country": "Quốc gia",
		"form.website": "Trang web",
		"form.message": "Lời nhắn",
		"form.submit": "Gửi",
		"form.submitting": "Đang gửi…",
		"form.success": "Cảm ơn bạn! Chúng tôi đã nhận được thông tin của bạn.",
		"form.success-named": "Cảm ơn {name}! Chúng tôi đã nhận được thông tin của bạn.",
		"form.errors-title": "Vui lòng sửa {count} trường:",
		"form.required": "bắt buộc",
		"form.choose": "Chọn…",
		"form.honeypot": "Để trống trường này",
		"form.campaign-not-found": "Biểu mẫu này chưa được liên kết với chiến dịch đang hoạt động. Thông tin của bạn vẫn được giữ; vui lòng thử lại sau hoặc liên hệ với chúng tôi.",
		"form.failed": "Không gửi được thông tin của bạn. Thông tin vẫn còn trong biểu mẫu; vui lòng thử lại.",
		"form.queued": "Cảm ơn bạn! Thông tin của bạn đã được lưu trên thiết bị này và sẽ được gửi ngay khi có kết nối lại.",
		"form.queued-memory": "Cảm ơn bạn! Không thể lưu thông tin của bạn trên thiết bị này, vì vậy hãy giữ trang này mở: thông tin sẽ được gửi ngay khi có kết nối lại."
	};
}));
// src/i18n/messages/ro-core.ts
var ro_core_exports = /* @__PURE__ */ __exportAll({ roCore: () => roCore });
var roCore;
var init_ro_core = __esmMin((() => {
	roCore = {
		"state.loading": "Se încarcă…",
		"state.empty": "Nimic aici deocamdată.",
		"state.error": "Ceva nu a mers bine.",
		"action.retry": "Încearcă din nou",
		"error.validation": "Vă rugăm să corectați câmpurile marcate.",
		"error.not-found": "Nu a fost găsit. Este posibil să fi fost șters.",
		"error.conflict": "Altcineva a modificat între timp. Reîncărcați și încercați din nou.",
		"error.unavailable": "Datele nu pot fi accesate acum. Încercați din nou în curând.",
		"field.required": "Acest câmp este obligatoriu.",
		"field.email": "Introduceți o adresă de e-mail, de ex. nume@exemplu.ro.",
		"field.too_long": "Valoarea este prea lungă.",
		"field.too_small": "Valoarea este prea mică.",
		"field.too_big": "Valoarea este prea mare.",
		"field.number": "Introduceți un număr.",
		"field.integer": "Introduceți un număr întreg.",
		"field.date": "Introduceți o dată validă.",
		"field.invalid": "Valoarea nu este validă.",
		"field.unknown_status": "Acest status nu există pentru campanie.",
		"form.firstName": "Prenume",
		"form.lastName": "Nume",
		"form.email": "E-mail",
		"form.phone": "Telefon",
		"form.company": "Companie",
		"form.title": "Funcție",
		"form.industry": "Domeniu",
		"form.employees": "Număr de angajați",
		"form.country": "Țară",
		"form.website": "Site web",
		"form.message": "Mesaj",
		"form.submit": "Trimite",
		"form.submitting": "Se trimite…",
		"form.success": "Vă mulțumim! Am primit datele dumneavoastră.",
		"form.success-named": "Vă mulțumim, {name}! Am primit datele dumneavoastră.",
		"form.errors-title": "Vă rugăm să corectați {count, plural, one {# câmp} few {# câmpuri} other {# de câmpuri}}:",
		"form.required": "obligatoriu",
		"form.choose": "Alegeți…",
		"form.honeypot": "Lăsați acest câmp gol",
		"form.campaign-not-found": "Acest formular nu este legat de o campanie activă. Datele dumneavoastră sunt păstrate; încercați mai târziu sau contactați-ne.",
		"form.failed": "Datele dumneavoastră nu au putut fi trimise. Rămân în formular; vă rugăm să încercați din nou.",
		"form.queued": "Vă mulțumim! Datele dumneavoastră sunt salvate pe acest dispozitiv și vor fi trimise imediat ce revine conexiunea.",
		"form.queued-memory": "Vă mulțumim! Datele dumneavoastră nu au putut fi salvate pe acest dispozitiv, așa că păstrați pagina deschisă: vor fi trimise imediat ce revine conexiunea."
	};
}));
// src/i18n/messages/uk-components.ts
var uk_components_exports = /* @__PURE__ */ __exportAll({ ukComponents: () => ukComponents });
var ukComponents;
var init_uk_components = __esmMin((() => {
	ukComponents = {
		"adapter.provided": "Дані від провайдера сторінки: {name}",
		"adapter.default": "Дані зберігаються в цьому браузері: {name}",
		"inspector.campaign": "Кампанія",
		"inspector.members": "Учасники",
		"inspector.by-status": "За статусом",
		"wizard.title": "Конвертувати лід",
		"wizard.step": "Крок {n} з {total}",
		"wizard.steps.account": "Обліковий запис",
		"wizard.steps.contact": "Контакт",
		"wizard.steps.opportunity": "Угода",
		"wizard.steps.review": "Перевірка",
		"wizard.account.new": "Створити новий обліковий запис",
		"wizard.account.name": "Назва облікового запису",
		"wizard.account.existing": "Використати наявний обліковий запис",
		"wizard.account.suggested": "Ймовірні збіги",
		"wizard.account.search": "Пошук облікових записів",
		"wizard.account.none": "Немає відповідних облікових записів.",
		"wizard.contact.new": "Створити новий контакт",
		"wizard.contact.merge": "Обʼєднати з наявним контактом {name}",
		"wizard.contact.fills": "Порожні поля, які буде заповнено: {fields}",
		"wizard.contact.nothing": "Нічого заповнювати: контакт зберігає всі свої значення.",
		"wizard.opp.create": "Створити угоду",
		"wizard.opp.name": "Назва угоди",
		"wizard.opp.amount": "Сума",
		"wizard.opp.close": "Дата закриття",
		"wizard.opp.stage": "Етап",
		"wizard.opp.campaign": "Основне джерело кампанії",
		"wizard.opp.no-campaign": "Немає",
		"wizard.review.account-new": "Створити обліковий запис «{name}»",
		"wizard.review.account-existing": "Використати обліковий запис «{name}»",
		"wizard.review.contact-new": "Створити контакт {name}",
		"wizard.review.contact-merge": "Оновити контакт {name}",
		"wizard.review.opp": "Створити угоду «{name}»",
		"wizard.review.no-opp": "Без угоди",
		"wizard.review.lead": "Позначити лід як конвертований, з посиланнями на ці записи",
		"wizard.review.memberships": "Перенести участь у кампаніях ({count}) на контакт",
		"wizard.review.carried": "Користувацькі поля, що переносяться: {fields}",
		"wizard.review.dropped": "Користувацькі поля, які буде відкинуто (немає відповідності): {fields}",
		"wizard.back": "Назад",
		"wizard.next": "Далі",
		"wizard.convert": "Конвертувати",
		"wizard.converting": "Конвертація…",
		"wizard.review.opp-details": "{amount} · {stage} · закриття {date}",
		"wizard.review.no-amount": "Без суми: у конвеєрі кампанії угода рахується як 0, доки суму не додадуть.",
		"wizard.done-records": "Створено й пов’язано:",
		"wizard.account.created": "створено {date}",
		"wizard.done": "Лід конвертовано.",
		"wizard.already": "Цей лід уже конвертовано.",
		"wizard.failed": "Конвертація не вдалася; нічого не змінено.",
		"wizard.not-found": "Лід не знайдено.",
		"wizard.choose-account": "Оберіть обліковий запис.",
		"stage.prospecting": "Пошук",
		"stage.qualification": "Кваліфікація",
		"stage.needs-analysis": "Аналіз потреб",
		"stage.proposal": "Пропозиція",
		"stage.negotiation": "Переговори",
		"stage.closed-won": "Закрита успішно",
		"stage.closed-lost": "Закрита невдало",
		"summary.members": "Учасники",
		"summary.leads": "Ліди",
		"summary.converted": "Конвертовані ліди",
		"summary.contacts": "Контакти",
		"summary.responses": "Відгуки",
		"summary.response-rate": "Частка відгуків",
		"summary.opportunities": "Угоди",
		"summary.won": "Виграні угоди",
		"summary.pipeline": "Сума угод",
		"summary.won-amount": "Сума виграних",
		"summary.budgeted": "Запланований бюджет",
		"summary.actual": "Фактичні витрати",
		"summary.cpl": "Вартість ліда",
		"summary.cpr": "Вартість відгуку",
		"summary.cpo": "Вартість угоди",
		"summary.roi": "ROI",
		"summary.expected-revenue": "Очікуваний дохід",
		"summary.expected-response": "Очікувана частка відгуків",
		"summary.by-status": "Учасники за статусом",
		"summary.this": "Ця кампанія",
		"summary.subtree": "Разом із {count, plural, one {# підкампанією} few {# підкампаніями} many {# підкампаніями} other {# підкампанії}}",
		"summary.na": "н/д",
		"summary.campaign": "Кампанія",
		"summary.compare": "Порівняння кампаній",
		"summary.chart": "{figure} за кампаніями",
		"summary.save-costs": "Зберегти витрати",
		"summary.saved": "Витрати збережено.",
		"cap.leads": "Ліди кампанії, включно з конвертованими",
		"cap.response-rate": "Відгуки ÷ учасники",
		"cap.pipeline": "Сума угод, що зараховані цій кампанії",
		"cap.won-amount": "Сума виграних угод, що зараховані цій кампанії",
		"cap.cpl": "Фактичні витрати ÷ ліди",
		"cap.cpr": "Фактичні витрати ÷ відгуки",
		"cap.cpo": "Фактичні витрати ÷ угоди",
		"cap.roi": "(Сума виграних − фактичні витрати) ÷ фактичні витрати",
		"cap.expected": "Фактично: {actual}",
		"cap.members": "Ліди та контакти кампанії",
		"status.sent": "Надіслано",
		"status.responded": "Відгукнувся",
		"status.invited": "Запрошено",
		"status.registered": "Зареєстровано",
		"status.attended": "Відвідав",
		"status.no-show": "Не прийшов",
		"list.title": "Учасники кампанії",
		"list.grid": "Учасники: {campaign}",
		"list.total": "Учасників: {count}",
		"list.matching": "Знайдено: {count}",
		"list.all": "Усі",
		"list.by-status": "Фільтр за статусом",
		"list.search": "Пошук учасників",
		"list.search-hint": "Ім’я, email або компанія",
		"list.type": "Тип",
		"list.type-all": "Ліди та контакти",
		"list.type-leads": "Ліди",
		"list.type-contacts": "Контакти",
		"list.lead": "Лід",
		"list.contact": "Контакт",
		"col.name": "Ім’я",
		"col.type": "Тип",
		"col.company": "Компанія",
		"col.email": "Email",
		"col.status": "Статус",
		"col.responded": "Відгук",
		"col.first-responded": "Перший відгук",
		"col.added": "Додано",
		"list.yes": "Так",
		"list.no": "Ні",
		"list.select-row": "Вибрати: {name}",
		"list.select-all": "Вибрати всі знайдені ({count})",
		"list.selected": "Вибрано: {count}",
		"list.clear-selection": "Зняти вибір",
		"list.set-status": "Встановити статус",
		"list.apply": "Застосувати",
		"list.remove": "Вилучити з кампанії",
		"list.remove-confirm": "Вилучити {count, plural, one {# учасника} few {# учасників} many {# учасників} other {# учасника}} з кампанії? Самі ліди й контакти залишаться.",
		"list.cancel": "Скасувати",
		"list.add": "Додати учасників",
		"list.add-search": "Знайти лідів і контакти",
		"list.add-status": "Статус доданих учасників",
		"list.add-none": "Немає відповідних лідів чи контактів.",
		"list.add-confirm": "Додати вибраних ({count})",
		"list.added": "Додано до кампанії: {count}",
		"list.removed": "Вилучено з кампанії: {count}",
		"list.updated": "Статус «{status}» встановлено: {count}",
		"list.conflict": "Хтось інший тим часом змінив цих учасників, тому для них нічого не збережено. Список показує актуальні дані; перевірте й повторіть.",
		"list.partial": "Виконано для {done} з {total}. Інших тим часом змінив хтось інший, їх залишено як є.",
		"list.failed": "Зміну не збережено: {reason}",
		"list.working": "Виконується… {done} з {total}",
		"list.view-all": "Переглянути всі",
		"list.empty": "У цій кампанії ще немає учасників.",
		"list.empty-filter": "Жоден учасник не відповідає фільтрам.",
		"list.clear-filters": "Скинути фільтри",
		"list.loading-more": "Завантаження…",
		"list.status-of": "Статус: {name}",
		"list.columns": "Стовпці",
		"list.move-up": "Перемістити «{column}» вище",
		"list.move-down": "Перемістити «{column}» нижче",
		"list.export": "Експорт CSV",
		"list.exported": "Експортовано: {count}",
		"list.import": "Імпорт CSV",
		"list.close": "Закрити",
		"list.no-name": "(без імені)",
		"import.title": "Імпорт лідів із CSV-файлу",
		"import.file": "CSV-файл",
		"import.file-hint": "До {limit} МБ. Перший рядок містить назви стовпців.",
		"import.encoding": "Кодування (якщо у файлі немає BOM)",
		"import.enc-cyrillic": "Windows-1251 (кирилиця)",
		"import.enc-western": "Windows-1252 (західноєвропейське)",
		"import.enc-central": "ISO-8859-2 (центральноєвропейське)",
		"import.delimiter": "Роздільник",
		"import.delim-auto": "Визначити",
		"import.delim-comma": "Кома (,)",
		"import.delim-semicolon": "Крапка з комою (;)",
		"import.delim-tab": "Табуляція",
		"import.too-large": "Файл більший за {limit} МБ. Розділіть його на менші файли.",
		"import.unreadable": "Файл не вдалося прочитати як CSV.",
		"import.no-rows": "У файлі немає рядків під назвами стовпців.",
		"import.mapping": "Зіставте стовпці з полями ліда",
		"import.column": "Стовпець у файлі",
		"import.sample": "Перше значення",
		"import.field": "Імпортувати як",
		"import.skip": "Не імпортувати",
		"import.need-email": "Зіставте один стовпець з Email: людей розпізнають за адресою email.",
		"import.preview": "Попередній перегляд",
		"import.rows": "Рядків у файлі: {count}",
		"import.status": "Статус учасника",
		"import.start": "Імпортувати рядки: {count}",
		"import.progress": "Імпортовано {done} з {total} рядків",
		"import.done": "Імпорт завершено: нових лідів — {created}, збігів з наявними людьми — {matched}, додано до кампанії — {members}.",
		"import.errors": "Не імпортовано рядків: {count}",
		"import.row": "Рядок {row}",
		"import.download-errors": "Завантажити рядки з помилками (CSV)",
		"import.error-column": "Помилка",
		"import.back": "Назад",
		"import.stop": "Зупинити",
		"import.stopped": "Імпорт зупинено. Рядки до цього моменту імпортовано.",
		"import.another": "Імпортувати інший файл",
		"att.title": "Реєстрація на вході",
		"att.search": "Пошук або сканування бейджа",
		"att.search-hint": "Ім’я, email або компанія; сканер вводить код бейджа й Enter",
		"att.expected": "Зареєстровано",
		"att.checked-in": "Прийшли",
		"att.not-arrived": "Ще не прийшли",
		"att.walk-ins": "Без реєстрації",
		"att.rate": "Явка",
		"att.only-not-arrived": "Показувати лише тих, хто ще не прийшов",
		"att.results": "Результатів: {count}",
		"att.no-results": "У списку нікого не знайдено. Зареєструвати нового відвідувача?",
		"att.check-in": "Відмітити прихід",
		"att.check-in-name": "Відмітити прихід: {name}",
		"att.arrived-at": "Прийшов о {time}",
		"att.done": "{name}: прихід відмічено ({time}).",
		"att.already": "{name} вже відмічено о {time}. Вдруге не враховано.",
		"att.undo": "Скасувати",
		"att.undone": "Відмітку {name} скасовано.",
		"att.unknown-code": "Коду {code} немає у списку цієї події.",
		"att.pending": "Збережено на цьому пристрої: {name} ({time}). Буде надіслано, коли з’явиться зв’язок.",
		"att.pending-title": "Очікують синхронізації: {count}",
		"att.pending-badge": "Очікує",
		"att.sync-now": "Надіслати зараз",
		"att.synced": "Надіслано: {count}",
		"att.failed": "Не вдалося застосувати: {reason}",
		"att.dismiss": "Прибрати",
		"att.offline": "Немає зв’язку: відмітки зберігаються на цьому пристрої.",
		"att.walk-in": "Зареєструвати нового відвідувача",
		"att.walk-in-submit": "Зареєструвати й відмітити",
		"att.walk-in-found": "{name} вже був у списку: прихід відмічено.",
		"att.close": "Завершити подію",
		"att.close-confirm": "Позначити {count} осіб, які не прийшли, як «{status}»? Статуси можна буде змінити.",
		"att.close-confirm-button": "Позначити як «{status}»",
		"att.closed": "Позначено як «{status}»: {count}.",
		"att.no-statuses": "Статуси цієї кампанії не дозволяють відмічати присутність (потрібні «Відвідав» і «Не прийшов»).",
		"att.add-statuses": "Додати статуси події (Запрошено, Зареєстровано, Відвідав, Не прийшов)",
		"att.camera": "Сканувати камерою",
		"att.camera-stop": "Вимкнути камеру",
		"att.camera-error": "Не вдалося увімкнути камеру.",
		"att.more": "Показано {shown} з {count}; уточніть пошук."
	};
}));
// src/i18n/messages/ru-components.ts
var ru_components_exports = /* @__PURE__ */ __exportAll({ ruComponents: () => ruComponents });
var ruComponents;
var init_ru_components = __esmMin((() => {
	ruComponents = {
		"adapter.provided": "Данные от провайдера страницы: {name}",
		"adapter.default": "Данные хранятся в этом браузере: {name}",
		"inspector.campaign": "Кампания",
		"inspector.members": "Участники",
		"inspector.by-status": "По статусу",
		"wizard.title": "Конвертировать лид",
		"wizard.step": "Шаг {n} из {total}",
		"wizard.steps.account": "Учётная запись",
		"wizard.steps.contact": "Контакт",
		"wizard.steps.opportunity": "Сделка",
		"wizard.steps.review": "Проверка",
		"wizard.account.new": "Создать новую учётную запись",
		"wizard.account.name": "Название учётной записи",
		"wizard.account.existing": "Использовать существующую учётную запись",
		"wizard.account.suggested": "Вероятные совпадения",
		"wizard.account.search": "Поиск учётных записей",
		"wizard.account.none": "Подходящих учётных записей нет.",
		"wizard.contact.new": "Создать новый контакт",
		"wizard.contact.merge": "Объединить с существующим контактом {name}",
		"wizard.contact.fills": "Пустые поля, которые будут заполнены: {fields}",
		"wizard.contact.nothing": "Заполнять нечего: контакт сохраняет все свои значения.",
		"wizard.opp.create": "Создать сделку",
		"wizard.opp.name": "Название сделки",
		"wizard.opp.amount": "Сумма",
		"wizard.opp.close": "Дата закрытия",
		"wizard.opp.stage": "Этап",
		"wizard.opp.campaign": "Основной источник кампании",
		"wizard.opp.no-campaign": "Нет",
		"wizard.review.account-new": "Создать учётную запись «{name}»",
		"wizard.review.account-existing": "Использовать учётную запись «{name}»",
		"wizard.review.contact-new": "Создать контакт {name}",
		"wizard.review.contact-merge": "Обновить контакт {name}",
		"wizard.review.opp": "Создать сделку «{name}»",
		"wizard.review.no-opp": "Без сделки",
		"wizard.review.lead": "Отметить лид как конвертированный, со ссылками на эти записи",
		"wizard.review.memberships": "Перенести участие в кампаниях ({count}) на контакт",
		"wizard.review.carried": "Переносимые пользовательские поля: {fields}",
		"wizard.review.dropped": "Пользовательские поля, которые будут отброшены (нет соответствия): {fields}",
		"wizard.back": "Назад",
		"wizard.next": "Далее",
		"wizard.convert": "Конвертировать",
		"wizard.converting": "Конвертация…",
		"wizard.review.opp-details": "{amount} · {stage} · закрытие {date}",
		"wizard.review.no-amount": "Без суммы: в воронке кампании сделка считается как 0, пока сумму не добавят.",
		"wizard.done-records": "Создано и связано:",
		"wizard.account.created": "создан {date}",
		"wizard.done": "Лид конвертирован.",
		"wizard.already": "Этот лид уже конвертирован.",
		"wizard.failed": "Конвертация не удалась; ничего не изменено.",
		"wizard.not-found": "Лид не найден.",
		"wizard.choose-account": "Выберите учётную запись.",
		"stage.prospecting": "Поиск",
		"stage.qualification": "Квалификация",
		"stage.needs-analysis": "Анализ потребностей",
		"stage.proposal": "Предложение",
		"stage.negotiation": "Переговоры",
		"stage.closed-won": "Закрыта успешно",
		"stage.closed-lost": "Закрыта неудачно",
		"summary.members": "Участники",
		"summary.leads": "Лиды",
		"summary.converted": "Конвертированные лиды",
		"summary.contacts": "Контакты",
		"summary.responses": "Отклики",
		"summary.response-rate": "Доля откликов",
		"summary.opportunities": "Сделки",
		"summary.won": "Выигранные сделки",
		"summary.pipeline": "Сумма сделок",
		"summary.won-amount": "Сумма выигранных",
		"summary.budgeted": "Плановый бюджет",
		"summary.actual": "Фактические затраты",
		"summary.cpl": "Стоимость лида",
		"summary.cpr": "Стоимость отклика",
		"summary.cpo": "Стоимость сделки",
		"summary.roi": "ROI",
		"summary.expected-revenue": "Ожидаемая выручка",
		"summary.expected-response": "Ожидаемая доля откликов",
		"summary.by-status": "Участники по статусу",
		"summary.this": "Эта кампания",
		"summary.subtree": "Вместе с {count, plural, one {# подкампанией} few {# подкампаниями} many {# подкампаниями} other {# подкампании}}",
		"summary.na": "н/д",
		"summary.campaign": "Кампания",
		"summary.compare": "Сравнение кампаний",
		"summary.chart": "{figure} по кампаниям",
		"summary.save-costs": "Сохранить затраты",
		"summary.saved": "Затраты сохранены.",
		"cap.leads": "Лиды кампании, включая конвертированные",
		"cap.response-rate": "Отклики ÷ участники",
		"cap.pipeline": "Сумма сделок, засчитанных этой кампании",
		"cap.won-amount": "Сумма выигранных сделок, засчитанных этой кампании",
		"cap.cpl": "Фактические затраты ÷ лиды",
		"cap.cpr": "Фактические затраты ÷ отклики",
		"cap.cpo": "Фактические затраты ÷ сделки",
		"cap.roi": "(Сумма выигранных − фактические затраты) ÷ фактические затраты",
		"cap.expected": "Фактически: {actual}",
		"cap.members": "Лиды и контакты кампании",
		"status.sent": "Отправлено",
		"status.responded": "Откликнулся",
		"status.invited": "Приглашён",
		"status.registered": "Зарегистрирован",
		"status.attended": "Посетил",
		"status.no-show": "Не пришёл",
		"list.title": "Участники кампании",
		"list.grid": "Участники: {campaign}",
		"list.total": "Участников: {count}",
		"list.matching": "Найдено: {count}",
		"list.all": "Все",
		"list.by-status": "Фильтр по статусу",
		"list.search": "Поиск участников",
		"list.search-hint": "Имя, email или компания",
		"list.type": "Тип",
		"list.type-all": "Лиды и контакты",
		"list.type-leads": "Лиды",
		"list.type-contacts": "Контакты",
		"list.lead": "Лид",
		"list.contact": "Контакт",
		"col.name": "Имя",
		"col.type": "Тип",
		"col.company": "Компания",
		"col.email": "Email",
		"col.status": "Статус",
		"col.responded": "Отклик",
		"col.first-responded": "Первый отклик",
		"col.added": "Добавлен",
		"list.yes": "Да",
		"list.no": "Нет",
		"list.select-row": "Выбрать: {name}",
		"list.select-all": "Выбрать все найденные ({count})",
		"list.selected": "Выбрано: {count}",
		"list.clear-selection": "Снять выбор",
		"list.set-status": "Установить статус",
		"list.apply": "Применить",
		"list.remove": "Убрать из кампании",
		"list.remove-confirm": "Убрать {count, plural, one {# участника} few {# участников} many {# участников} other {# участника}} из кампании? Сами лиды и контакты останутся.",
		"list.cancel": "Отмена",
		"list.add": "Добавить участников",
		"list.add-search": "Найти лидов и контакты",
		"list.add-status": "Статус добавленных участников",
		"list.add-none": "Нет подходящих лидов или контактов.",
		"list.add-confirm": "Добавить выбранных ({count})",
		"list.added": "Добавлено в кампанию: {count}",
		"list.removed": "Убрано из кампании: {count}",
		"list.updated": "Статус «{status}» установлен: {count}",
		"list.conflict": "Кто-то другой тем временем изменил этих участников, поэтому для них ничего не сохранено. Список показывает актуальные данные; проверьте и повторите.",
		"list.partial": "Выполнено для {done} из {total}. Остальных тем временем изменил кто-то другой, они оставлены как есть.",
		"list.failed": "Изменение не сохранено: {reason}",
		"list.working": "Выполняется… {done} из {total}",
		"list.view-all": "Показать все",
		"list.empty": "В этой кампании ещё нет участников.",
		"list.empty-filter": "Ни один участник не подходит под фильтры.",
		"list.clear-filters": "Сбросить фильтры",
		"list.loading-more": "Загрузка…",
		"list.status-of": "Статус: {name}",
		"list.columns": "Столбцы",
		"list.move-up": "Переместить «{column}» выше",
		"list.move-down": "Переместить «{column}» ниже",
		"list.export": "Экспорт CSV",
		"list.exported": "Экспортировано: {count}",
		"list.import": "Импорт CSV",
		"list.close": "Закрыть",
		"list.no-name": "(без имени)",
		"import.title": "Импорт лидов из CSV-файла",
		"import.file": "CSV-файл",
		"import.file-hint": "До {limit} МБ. Первая строка содержит названия столбцов.",
		"import.encoding": "Кодировка (если в файле нет BOM)",
		"import.enc-cyrillic": "Windows-1251 (кириллица)",
		"import.enc-western": "Windows-1252 (западноевропейская)",
		"import.enc-central": "ISO-8859-2 (центральноевропейская)",
		"import.delimiter": "Разделитель",
		"import.delim-auto": "Определить",
		"import.delim-comma": "Запятая (,)",
		"import.delim-semicolon": "Точка с запятой (;)",
		"import.delim-tab": "Табуляция",
		"import.too-large": "Файл больше {limit} МБ. Разделите его на файлы поменьше.",
		"import.unreadable": "Файл не удалось прочитать как CSV.",
		"import.no-rows": "В файле нет строк под названиями столбцов.",
		"import.mapping": "Сопоставьте столбцы с полями лида",
		"import.column": "Столбец в файле",
		"import.sample": "Первое значение",
		"import.field": "Импортировать как",
		"import.skip": "Не импортировать",
		"import.need-email": "Сопоставьте один столбец с Email: людей распознают по адресу email.",
		"import.preview": "Предпросмотр",
		"import.rows": "Строк в файле: {count}",
		"import.status": "Статус участника",
		"import.start": "Импортировать строки: {count}",
		"import.progress": "Импортировано {done} из {total} строк",
		"import.done": "Импорт завершён: новых лидов — {created}, совпадений с имеющимися людьми — {matched}, добавлено в кампанию — {members}.",
		"import.errors": "Не импортировано строк: {count}",
		"import.row": "Строка {row}",
		"import.download-errors": "Скачать строки с ошибками (CSV)",
		"import.error-column": "Ошибка",
		"import.back": "Назад",
		"import.stop": "Остановить",
		"import.stopped": "Импорт остановлен. Строки до этого момента импортированы.",
		"import.another": "Импортировать другой файл",
		"att.title": "Регистрация на входе",
		"att.search": "Поиск или сканирование бейджа",
		"att.search-hint": "Имя, email или компания; сканер вводит код бейджа и Enter",
		"att.expected": "Зарегистрировано",
		"att.checked-in": "Пришли",
		"att.not-arrived": "Ещё не пришли",
		"att.walk-ins": "Без регистрации",
		"att.rate": "Явка",
		"att.only-not-arrived": "Показывать только тех, кто ещё не пришёл",
		"att.results": "Результатов: {count}",
		"att.no-results": "В списке никого не найдено. Зарегистрировать нового посетителя?",
		"att.check-in": "Отметить приход",
		"att.check-in-name": "Отметить приход: {name}",
		"att.arrived-at": "Пришёл в {time}",
		"att.done": "{name}: приход отмечен ({time}).",
		"att.already": "{name} уже отмечен(а) в {time}. Повторно не учтено.",
		"att.undo": "Отменить",
		"att.undone": "Отметка {name} отменена.",
		"att.unknown-code": "Кода {code} нет в списке этого мероприятия.",
		"att.pending": "Сохранено на этом устройстве: {name} ({time}). Будет отправлено, когда появится связь.",
		"att.pending-title": "Ожидают синхронизации: {count}",
		"att.pending-badge": "Ожидает",
		"att.sync-now": "Отправить сейчас",
		"att.synced": "Отправлено: {count}",
		"att.failed": "Не удалось применить: {reason}",
		"att.dismiss": "Убрать",
		"att.offline": "Нет связи: отметки сохраняются на этом устройстве.",
		"att.walk-in": "Зарегистрировать нового посетителя",
		"att.walk-in-submit": "Зарегистрировать и отметить",
		"att.walk-in-found": "{name} уже был(а) в списке: приход отмечен.",
		"att.close": "Завершить мероприятие",
		"att.close-confirm": "Отметить {count} человек, которые не пришли, как «{status}»? Статусы можно будет изменить.",
		"att.close-confirm-button": "Отметить как «{status}»",
		"att.closed": "Отмечено как «{status}»: {count}.",
		"att.no-statuses": "Статусы этой кампании не позволяют отмечать присутствие (нужны «Посетил» и «Не пришёл»).",
		"att.add-statuses": "Добавить статусы мероприятия (Приглашён, Зарегистрирован, Посетил, Не пришёл)",
		"att.camera": "Сканировать камерой",
		"att.camera-stop": "Выключить камеру",
		"att.camera-error": "Не удалось включить камеру.",
		"att.more": "Показано {shown} из {count}; уточните поиск."
	};
}));
// src/i18n/messages/fr-components.ts
var fr_components_exports = /* @__PURE__ */ __exportAll({ frComponents: () => frComponents });
var frComponents;
var init_fr_components = __esmMin((() => {
	frComponents = {
		"adapter.provided": "Données du fournisseur de la page : {name}",
		"adapter.default": "Données stockées dans ce navigateur : {name}",
		"inspector.campaign": "Campagne",
		"inspector.members": "Membres",
		"inspector.by-status": "Par statut",
		"wizard.title": "Convertir la piste",
		"wizard.step": "Étape {n} sur {total}",
		"wizard.steps.account": "Compte",
		"wizard.steps.contact": "Contact",
		"wizard.steps.opportunity": "Opportunité",
		"wizard.steps.review": "Vérification",
		"wizard.account.new": "Créer un nouveau compte",
		"wizard.account.name": "Nom du compte",
		"wizard.account.existing": "Utiliser un compte existant",
		"wizard.account.suggested": "Correspondances probables",
		"wizard.account.search": "Rechercher des comptes",
		"wizard.account.none": "Aucun compte correspondant.",
		"wizard.contact.new": "Créer un nouveau contact",
		"wizard.contact.merge": "Fusionner avec le contact existant {name}",
		"wizard.contact.fills": "Champs vides qui seront remplis : {fields}",
		"wizard.contact.nothing": "Rien à remplir : le contact garde toutes ses valeurs.",
		"wizard.opp.create": "Créer une opportunité",
		"wizard.opp.name": "Nom de l’opportunité",
		"wizard.opp.amount": "Montant",
		"wizard.opp.close": "Date de clôture",
		"wizard.opp.stage": "Étape",
		"wizard.opp.campaign": "Source de campagne principale",
		"wizard.opp.no-campaign": "Aucune",
		"wizard.review.account-new": "Créer le compte « {name} »",
		"wizard.review.account-existing": "Utiliser le compte « {name} »",
		"wizard.review.contact-new": "Créer le contact {name}",
		"wizard.review.contact-merge": "Mettre à jour le contact {name}",
		"wizard.review.opp": "Créer l’opportunité « {name} »",
		"wizard.review.no-opp": "Pas d’opportunité",
		"wizard.review.lead": "Marquer la piste comme convertie, avec des liens vers ces enregistrements",
		"wizard.review.memberships": "Déplacer {count, plural, one {# appartenance} other {# appartenances}} aux campagnes vers le contact",
		"wizard.review.carried": "Champs personnalisés repris : {fields}",
		"wizard.review.dropped": "Champs personnalisés abandonnés (pas de correspondance) : {fields}",
		"wizard.back": "Retour",
		"wizard.next": "Suivant",
		"wizard.convert": "Convertir",
		"wizard.converting": "Conversion…",
		"wizard.review.opp-details": "{amount} · {stage} · clôture le {date}",
		"wizard.review.no-amount": "Sans montant : l’opportunité compte pour 0 dans le pipeline de la campagne tant qu’aucun montant n’est ajouté.",
		"wizard.done-records": "Créés et liés :",
		"wizard.account.created": "créé le {date}",
		"wizard.done": "La piste a été convertie.",
		"wizard.already": "Cette piste a déjà été convertie.",
		"wizard.failed": "La conversion a échoué ; rien n’a été modifié.",
		"wizard.not-found": "Piste introuvable.",
		"wizard.choose-account": "Choisissez un compte.",
		"stage.prospecting": "Prospection",
		"stage.qualification": "Qualification",
		"stage.needs-analysis": "Analyse des besoins",
		"stage.proposal": "Proposition",
		"stage.negotiation": "Négociation",
		"stage.closed-won": "Gagnée",
		"stage.closed-lost": "Perdue",
		"summary.members": "Membres",
		"summary.leads": "Pistes",
		"summary.converted": "Pistes converties",
		"summary.contacts": "Contacts",
		"summary.responses": "Réponses",
		"summary.response-rate": "Taux de réponse",
		"summary.opportunities": "Opportunités",
		"summary.won": "Opportunités gagnées",
		"summary.pipeline": "Valeur du pipeline",
		"summary.won-amount": "Valeur gagnée",
		"summary.budgeted": "Coût budgété",
		"summary.actual": "Coût réel",
		"summary.cpl": "Coût par piste",
		"summary.cpr": "Coût par réponse",
		"summary.cpo": "Coût par opportunité",
		"summary.roi": "ROI",
		"summary.expected-revenue": "Revenu attendu",
		"summary.expected-response": "Réponse attendue",
		"summary.by-status": "Membres par statut",
		"summary.this": "Cette campagne",
		"summary.subtree": "Avec {count, plural, one {# sous-campagne} other {# sous-campagnes}}",
		"summary.na": "n/d",
		"summary.campaign": "Campagne",
		"summary.compare": "Comparaison des campagnes",
		"summary.chart": "{figure} par campagne",
		"summary.save-costs": "Enregistrer les coûts",
		"summary.saved": "Coûts enregistrés.",
		"cap.leads": "Pistes de la campagne, converties comprises",
		"cap.response-rate": "Réponses ÷ membres",
		"cap.pipeline": "Somme des montants des opportunités attribuées à cette campagne",
		"cap.won-amount": "Somme des montants des opportunités gagnées attribuées à cette campagne",
		"cap.cpl": "Coût réel ÷ pistes",
		"cap.cpr": "Coût réel ÷ réponses",
		"cap.cpo": "Coût réel ÷ opportunités",
		"cap.roi": "(Valeur gagnée − coût réel) ÷ coût réel",
		"cap.expected": "Réel : {actual}",
		"cap.members": "Pistes et contacts de la campagne",
		"status.sent": "Envoyé",
		"status.responded": "A répondu",
		"status.invited": "Invité",
		"status.registered": "Inscrit",
		"status.attended": "Présent",
		"status.no-show": "Absent",
		"list.title": "Membres de la campagne",
		"list.grid": "Membres de {campaign}",
		"list.total": "Membres : {count}",
		"list.matching": "Correspondants : {count}",
		"list.all": "Tous",
		"list.by-status": "Filtrer par statut",
		"list.search": "Rechercher des membres",
		"list.search-hint": "Nom, e-mail ou entreprise",
		"list.type": "Type",
		"list.type-all": "Prospects et contacts",
		"list.type-leads": "Prospects",
		"list.type-contacts": "Contacts",
		"list.lead": "Prospect",
		"list.contact": "Contact",
		"col.name": "Nom",
		"col.type": "Type",
		"col.company": "Entreprise",
		"col.email": "E-mail",
		"col.status": "Statut",
		"col.responded": "Réponse",
		"col.first-responded": "Première réponse",
		"col.added": "Ajouté le",
		"list.yes": "Oui",
		"list.no": "Non",
		"list.select-row": "Sélectionner {name}",
		"list.select-all": "Tout sélectionner ({count})",
		"list.selected": "Sélectionnés : {count}",
		"list.clear-selection": "Désélectionner",
		"list.set-status": "Définir le statut",
		"list.apply": "Appliquer",
		"list.remove": "Retirer de la campagne",
		"list.remove-confirm": "Retirer {count, plural, one {# membre} other {# membres}} de la campagne ? Les prospects et contacts eux-mêmes sont conservés.",
		"list.cancel": "Annuler",
		"list.add": "Ajouter des membres",
		"list.add-search": "Trouver des prospects et contacts",
		"list.add-status": "Statut des membres ajoutés",
		"list.add-none": "Aucun prospect ni contact ne correspond.",
		"list.add-confirm": "Ajouter la sélection ({count})",
		"list.added": "Ajoutés à la campagne : {count}",
		"list.removed": "Retirés de la campagne : {count}",
		"list.updated": "Statut « {status} » défini : {count}",
		"list.conflict": "Quelqu’un d’autre a modifié ces membres entre-temps : rien n’a été enregistré pour eux. La liste affiche les dernières données ; vérifiez et réessayez.",
		"list.partial": "Fait pour {done} sur {total}. Les autres ont été modifiés entre-temps par quelqu’un d’autre et sont laissés tels quels.",
		"list.failed": "La modification n’a pas été enregistrée : {reason}",
		"list.working": "En cours… {done} sur {total}",
		"list.view-all": "Tout afficher",
		"list.empty": "Personne ne fait encore partie de cette campagne.",
		"list.empty-filter": "Aucun membre ne correspond à ces filtres.",
		"list.clear-filters": "Effacer les filtres",
		"list.loading-more": "Chargement…",
		"list.status-of": "Statut de {name}",
		"list.columns": "Colonnes",
		"list.move-up": "Monter « {column} »",
		"list.move-down": "Descendre « {column} »",
		"list.export": "Exporter en CSV",
		"list.exported": "Exportés : {count}",
		"list.import": "Importer un CSV",
		"list.close": "Fermer",
		"list.no-name": "(sans nom)",
		"import.title": "Importer des prospects depuis un fichier CSV",
		"import.file": "Fichier CSV",
		"import.file-hint": "Jusqu’à {limit} Mo. La première ligne contient les noms des colonnes.",
		"import.encoding": "Encodage (si le fichier n’a pas de BOM)",
		"import.enc-cyrillic": "Windows-1251 (cyrillique)",
		"import.enc-western": "Windows-1252 (Europe occidentale)",
		"import.enc-central": "ISO-8859-2 (Europe centrale)",
		"import.delimiter": "Séparateur",
		"import.delim-auto": "Détecter",
		"import.delim-comma": "Virgule (,)",
		"import.delim-semicolon": "Point-virgule (;)",
		"import.delim-tab": "Tabulation",
		"import.too-large": "Le fichier dépasse {limit} Mo. Divisez-le en fichiers plus petits.",
		"import.unreadable": "Le fichier n’a pas pu être lu comme CSV.",
		"import.no-rows": "Le fichier n’a aucune ligne sous les noms de colonnes.",
		"import.mapping": "Associez les colonnes aux champs du prospect",
		"import.column": "Colonne du fichier",
		"import.sample": "Première valeur",
		"import.field": "Importer comme",
		"import.skip": "Ne pas importer",
		"import.need-email": "Associez une colonne à E-mail : les personnes sont reconnues par leur adresse e-mail.",
		"import.preview": "Aperçu",
		"import.rows": "Lignes dans le fichier : {count}",
		"import.status": "Statut de membre",
		"import.start": "Importer {count} lignes",
		"import.progress": "{done} lignes importées sur {total}",
		"import.done": "Import terminé : {created} nouveaux prospects, {matched} rapprochés de personnes existantes, {members} ajoutés à la campagne.",
		"import.errors": "Lignes non importées : {count}",
		"import.row": "Ligne {row}",
		"import.download-errors": "Télécharger les lignes en erreur (CSV)",
		"import.error-column": "Erreur",
		"import.back": "Retour",
		"import.stop": "Arrêter",
		"import.stopped": "L’import a été arrêté. Les lignes précédentes ont été importées.",
		"import.another": "Importer un autre fichier",
		"att.title": "Accueil des participants",
		"att.search": "Rechercher ou scanner un badge",
		"att.search-hint": "Nom, e-mail ou entreprise ; un scanner saisit le code du badge puis Entrée",
		"att.expected": "Inscrits",
		"att.checked-in": "Arrivés",
		"att.not-arrived": "Pas encore arrivés",
		"att.walk-ins": "Sans inscription",
		"att.rate": "Taux de présence",
		"att.only-not-arrived": "Afficher seulement les personnes pas encore arrivées",
		"att.results": "Résultats : {count}",
		"att.no-results": "Personne ne correspond dans la liste. Enregistrer une personne sans inscription ?",
		"att.check-in": "Enregistrer l’arrivée",
		"att.check-in-name": "Enregistrer l’arrivée de {name}",
		"att.arrived-at": "Arrivé à {time}",
		"att.done": "{name} est enregistré(e) ({time}).",
		"att.already": "{name} était déjà enregistré(e) à {time}. Pas compté deux fois.",
		"att.undo": "Annuler",
		"att.undone": "Arrivée de {name} annulée.",
		"att.unknown-code": "Le code {code} ne figure pas sur la liste de cet événement.",
		"att.pending": "Enregistré sur cet appareil : {name} ({time}). Envoi au retour de la connexion.",
		"att.pending-title": "En attente de synchronisation : {count}",
		"att.pending-badge": "En attente",
		"att.sync-now": "Envoyer maintenant",
		"att.synced": "Envoyés : {count}",
		"att.failed": "Impossible à appliquer : {reason}",
		"att.dismiss": "Ignorer",
		"att.offline": "Hors ligne : les arrivées sont conservées sur cet appareil.",
		"att.walk-in": "Enregistrer une personne sans inscription",
		"att.walk-in-submit": "Enregistrer et accueillir",
		"att.walk-in-found": "{name} figurait déjà sur la liste : arrivée enregistrée.",
		"att.close": "Clôturer l’événement",
		"att.close-confirm": "Marquer les {count} personnes non arrivées comme « {status} » ? Les statuts resteront modifiables.",
		"att.close-confirm-button": "Marquer comme « {status} »",
		"att.closed": "Marqués comme « {status} » : {count}.",
		"att.no-statuses": "Les statuts de cette campagne ne permettent pas de suivre la présence (il faut Présent et Absent).",
		"att.add-statuses": "Ajouter les statuts d’événement (Invité, Inscrit, Présent, Absent)",
		"att.camera": "Scanner avec la caméra",
		"att.camera-stop": "Arrêter la caméra",
		"att.camera-error": "La caméra n’a pas pu démarrer.",
		"att.more": "{shown} affichés sur {count} ; précisez la recherche."
	};
}));
// src/i18n/messages/vi-components.ts
var vi_components_exports = /* @__PURE__ */ __exportAll({ viComponents: () => viComponents });
var viComponents;
var init_vi_components = __esmMin((() => {
	viComponents = {
		"adapter.provided": "Dữ liệu từ nhà cung cấp của trang: {name}",
		"adapter.default": "Dữ liệu lưu trong trình duyệt này: {name}",
		"inspector.campaign": "Chiến dịch",
		"inspector.members": "Thành viên",
		"inspector.by-status": "Theo trạng thái",
		"wizard.title": "Chuyển đổi khách hàng tiềm năng",
		"wizard.step": "Bước {n}/{total}",
		"wizard.steps.account": "Tài khoản",
		"wizard.steps.contact": "Liên hệ",
		"wizard.steps.opportunity": "Cơ hội",
		"wizard.steps.review": "Xem lại",
		"wizard.account.new": "Tạo tài khoản mới",
		"wizard.account.name": "Tên tài khoản",
		"wizard.account.existing": "Dùng tài khoản có sẵn",
		"wizard.account.suggested": "Có thể trùng khớp",
		"wizard.account.search": "Tìm tài khoản",
		"wizard.account.none": "Không có tài khoản phù hợp.",
		"wizard.contact.new": "Tạo liên hệ mới",
		"wizard.contact.merge": "Gộp vào liên hệ có sẵn {name}",
		"wizard.contact.fills": "Các trường trống sẽ được điền: {fields}",
		"wizard.contact.nothing": "Không có gì để điền: liên hệ giữ nguyên mọi giá trị.",
		"wizard.opp.create": "Tạo cơ hội",
		"wizard.opp.name": "Tên cơ hội",
		"wizard.opp.amount": "Số tiền",
		"wizard.opp.close": "Ngày chốt",
		"wizard.opp.stage": "Giai đoạn",
		"wizard.opp.campaign": "Nguồn chiến dịch chính",
		"wizard.opp.no-campaign": "Không có",
		"wizard.review.account-new": "Tạo tài khoản “{name}”",
		"wizard.review.account-existing": "Dùng tài khoản “{name}”",
		"wizard.review.contact-new": "Tạo liên hệ {name}",
		"wizard.review.contact-merge": "Cập nhật liên hệ {name}",
		"wizard.review.opp": "Tạo cơ hội “{name}”",
		"wizard.review.no-opp": "Không tạo cơ hội",
		"wizard.review.lead": "Đánh dấu khách hàng tiềm năng là đã chuyển đổi, kèm liên kết tới các bản ghi này",
		"wizard.review.memberships": "Chuyển {count} tư cách thành viên chiến dịch sang liên hệ",
		"wizard.review.carried": "Trường tùy chỉnh được chuyển: {fields}",
		"wizard.review.dropped": "Trường tùy chỉnh sẽ bị bỏ (không có ánh xạ): {fields}",
		"wizard.back": "Quay lại",
		"wizard.next": "Tiếp",
		"wizard.convert": "Chuyển đổi",
		"wizard.converting": "Đang chuyển đổi…",
		"wizard.review.opp-details": "{amount} · {stage} · đóng ngày {date}",
		"wizard.review.no-amount": "Chưa có giá trị: cơ hội được tính là 0 trong kênh bán hàng của chiến dịch cho đến khi có giá trị.",
		"wizard.done-records": "Đã tạo và liên kết:",
		"wizard.account.created": "tạo ngày {date}",
		"wizard.done": "Đã chuyển đổi khách hàng tiềm năng.",
		"wizard.already": "Khách hàng tiềm năng này đã được chuyển đổi.",
		"wizard.failed": "Chuyển đổi thất bại và không có gì thay đổi.",
		"wizard.not-found": "Không tìm thấy khách hàng tiềm năng.",
		"wizard.choose-account": "Hãy chọn một tài khoản.",
		"stage.prospecting": "Tìm kiếm",
		"stage.qualification": "Đánh giá",
		"stage.needs-analysis": "Phân tích nhu cầu",
		"stage.proposal": "Đề xuất",
		"stage.negotiation": "Đàm phán",
		"stage.closed-won": "Thắng",
		"stage.closed-lost": "Thua",
		"summary.members": "Thành viên",
		"summary.leads": "Khách hàng tiềm năng",
		"summary.converted": "KH tiềm năng đã chuyển đổi",
		"summary.contacts": "Liên hệ",
		"summary.responses": "Phản hồi",
		"summary.response-rate": "Tỷ lệ phản hồi",
		"summary.opportunities": "Cơ hội",
		"summary.won": "Cơ hội thắng",
		"summary.pipeline": "Giá trị cơ hội",
		"summary.won-amount": "Giá trị thắng",
		"summary.budgeted": "Chi phí dự kiến",
		"summary.actual": "Chi phí thực tế",
		"summary.cpl": "Chi phí mỗi KH tiềm năng",
		"summary.cpr": "Chi phí mỗi phản hồi",
		"summary.cpo": "Chi phí mỗi cơ hội",
		"summary.roi": "ROI",
		"summary.expected-revenue": "Doanh thu kỳ vọng",
		"summary.expected-response": "Phản hồi kỳ vọng",
		"summary.by-status": "Thành viên theo trạng thái",
		"summary.this": "Chiến dịch này",
		"summary.subtree": "Kèm {count} chiến dịch con",
		"summary.na": "không có",
		"summary.campaign": "Chiến dịch",
		"summary.compare": "So sánh chiến dịch",
		"summary.chart": "{figure} theo chiến dịch",
		"summary.save-costs": "Lưu chi phí",
		"summary.saved": "Đã lưu chi phí.",
		"cap.leads": "KH tiềm năng của chiến dịch, kể cả đã chuyển đổi",
		"cap.response-rate": "Phản hồi ÷ thành viên",
		"cap.pipeline": "Tổng giá trị các cơ hội ghi nhận cho chiến dịch này",
		"cap.won-amount": "Tổng giá trị các cơ hội thắng ghi nhận cho chiến dịch này",
		"cap.cpl": "Chi phí thực tế ÷ KH tiềm năng",
		"cap.cpr": "Chi phí thực tế ÷ phản hồi",
		"cap.cpo": "Chi phí thực tế ÷ cơ hội",
		"cap.roi": "(Giá trị thắng − chi phí thực tế) ÷ chi phí thực tế",
		"cap.expected": "Thực tế: {actual}",
		"cap.members": "KH tiềm năng và liên hệ của chiến dịch",
		"status.sent": "Đã gửi",
		"status.responded": "Đã phản hồi",
		"status.invited": "Đã mời",
		"status.registered": "Đã đăng ký",
		"status.attended": "Đã tham dự",
		"status.no-show": "Vắng mặt",
		"list.title": "Thành viên chiến dịch",
		"list.grid": "Thành viên của {campaign}",
		"list.total": "Thành viên: {count}",
		"list.matching": "Phù hợp: {count}",
		"list.all": "Tất cả",
		"list.by-status": "Lọc theo trạng thái",
		"list.search": "Tìm thành viên",
		"list.search-hint": "Tên, email hoặc công ty",
		"list.type": "Loại",
		"list.type-all": "Khách tiềm năng và liên hệ",
		"list.type-leads": "Khách tiềm năng",
		"list.type-contacts": "Liên hệ",
		"list.lead": "Khách tiềm năng",
		"list.contact": "Liên hệ",
		"col.name": "Họ tên",
		"col.type": "Loại",
		"col.company": "Công ty",
		"col.email": "Email",
		"col.status": "Trạng thái",
		"col.responded": "Phản hồi",
		"col.first-responded": "Phản hồi đầu tiên",
		"col.added": "Ngày thêm",
		"list.yes": "Có",
		"list.no": "Không",
		"list.select-row": "Chọn {name}",
		"list.select-all": "Chọn tất cả kết quả ({count})",
		"list.selected": "Đã chọn: {count}",
		"list.clear-selection": "Bỏ chọn",
		"list.set-status": "Đặt trạng thái",
		"list.apply": "Áp dụng",
		"list.remove": "Xóa khỏi chiến dịch",
		"list.remove-confirm": "Xóa {count} thành viên khỏi chiến dịch? Bản thân khách tiềm năng và liên hệ vẫn được giữ lại.",
		"list.cancel": "Hủy",
		"list.add": "Thêm thành viên",
		"list.add-search": "Tìm khách tiềm năng và liên hệ",
		"list.add-status": "Trạng thái của thành viên được thêm",
		"list.add-none": "Không có khách tiềm năng hoặc liên hệ phù hợp.",
		"list.add-confirm": "Thêm mục đã chọn ({count})",
		"list.added": "Đã thêm vào chiến dịch: {count}",
		"list.removed": "Đã xóa khỏi chiến dịch: {count}",
		"list.updated": "Đã đặt trạng thái {status}: {count}",
		"list.conflict": "Người khác đã thay đổi các thành viên này trong lúc đó nên không có gì được lưu cho họ. Danh sách đang hiển thị dữ liệu mới nhất; hãy kiểm tra và thử lại.",
		"list.partial": "Đã xong {done} trên {total}. Những mục còn lại đã bị người khác thay đổi trong lúc đó và được giữ nguyên.",
		"list.failed": "Thay đổi chưa được lưu: {reason}",
		"list.working": "Đang xử lý… {done} trên {total}",
		"list.view-all": "Xem tất cả",
		"list.empty": "Chiến dịch này chưa có thành viên nào.",
		"list.empty-filter": "Không có thành viên nào khớp bộ lọc.",
		"list.clear-filters": "Xóa bộ lọc",
		"list.loading-more": "Đang tải thêm…",
		"list.status-of": "Trạng thái của {name}",
		"list.columns": "Cột",
		"list.move-up": "Chuyển {column} lên",
		"list.move-down": "Chuyển {column} xuống",
		"list.export": "Xuất CSV",
		"list.exported": "Đã xuất: {count}",
		"list.import": "Nhập CSV",
		"list.close": "Đóng",
		"list.no-name": "(không tên)",
		"import.title": "Nhập khách tiềm năng từ tệp CSV",
		"import.file": "Tệp CSV",
		"import.file-hint": "Tối đa {limit} MB. Dòng đầu tiên chứa tên cột.",
		"import.encoding": "Bảng mã (khi tệp không có BOM)",
		"import.enc-cyrillic": "Windows-1251 (Kirin)",
		"import.enc-western": "Windows-1252 (Tây Âu)",
		"import.enc-central": "ISO-8859-2 (Trung Âu)",
		"import.delimiter": "Dấu phân cách",
		"import.delim-auto": "Tự nhận diện",
		"import.delim-comma": "Dấu phẩy (,)",
		"import.delim-semicolon": "Dấu chấm phẩy (;)",
		"import.delim-tab": "Tab",
		"import.too-large": "Tệp lớn hơn {limit} MB. Hãy chia thành các tệp nhỏ hơn.",
		"import.unreadable": "Không thể đọc tệp dưới dạng CSV.",
		"import.no-rows": "Tệp không có dòng nào dưới tên cột.",
		"import.mapping": "Ghép cột với trường của khách tiềm năng",
		"import.column": "Cột trong tệp",
		"import.sample": "Giá trị đầu tiên",
		"import.field": "Nhập thành",
		"import.skip": "Không nhập",
		"import.need-email": "Hãy ghép một cột với Email: mọi người được nhận diện theo địa chỉ email.",
		"import.preview": "Xem trước",
		"import.rows": "Số dòng trong tệp: {count}",
		"import.status": "Trạng thái thành viên",
		"import.start": "Nhập {count} dòng",
		"import.progress": "Đã nhập {done} trên {total} dòng",
		"import.done": "Đã nhập xong: {created} khách tiềm năng mới, {matched} khớp với người đã có, {members} được thêm vào chiến dịch.",
		"import.errors": "Số dòng không được nhập: {count}",
		"import.row": "Dòng {row}",
		"import.download-errors": "Tải xuống các dòng bị lỗi (CSV)",
		"import.error-column": "Lỗi",
		"import.back": "Quay lại",
		"import.stop": "Dừng",
		"import.stopped": "Đã dừng nhập. Các dòng trước thời điểm đó đã được nhập.",
		"import.another": "Nhập tệp khác",
		"att.title": "Check-in",
		"att.search": "Tìm kiếm hoặc quét thẻ",
		"att.search-hint": "Tên, email hoặc công ty; máy quét nhập mã thẻ và Enter",
		"att.expected": "Đã đăng ký",
		"att.checked-in": "Đã check-in",
		"att.not-arrived": "Chưa đến",
		"att.walk-ins": "Khách vãng lai",
		"att.rate": "Tỷ lệ tham dự",
		"att.only-not-arrived": "Chỉ hiện người chưa đến",
		"att.results": "Kết quả: {count}",
		"att.no-results": "Không ai trong danh sách phù hợp. Đăng ký khách vãng lai?",
		"att.check-in": "Check-in",
		"att.check-in-name": "Check-in {name}",
		"att.arrived-at": "Đã đến lúc {time}",
		"att.done": "{name} đã check-in ({time}).",
		"att.already": "{name} đã check-in lúc {time}. Không tính hai lần.",
		"att.undo": "Hoàn tác",
		"att.undone": "Đã hoàn tác check-in của {name}.",
		"att.unknown-code": "Mã {code} không có trong danh sách sự kiện này.",
		"att.pending": "Đã lưu trên thiết bị này: {name} ({time}). Sẽ gửi khi có kết nối lại.",
		"att.pending-title": "Đang chờ đồng bộ: {count}",
		"att.pending-badge": "Đang chờ",
		"att.sync-now": "Gửi ngay",
		"att.synced": "Đã gửi: {count}",
		"att.failed": "Không thể áp dụng: {reason}",
		"att.dismiss": "Bỏ qua",
		"att.offline": "Ngoại tuyến: lượt check-in được lưu trên thiết bị này.",
		"att.walk-in": "Đăng ký khách vãng lai",
		"att.walk-in-submit": "Đăng ký và check-in",
		"att.walk-in-found": "{name} đã có trong danh sách: đã check-in.",
		"att.close": "Kết thúc sự kiện",
		"att.close-confirm": "Đánh dấu {count} người chưa đến là {status}? Vẫn có thể sửa trạng thái sau.",
		"att.close-confirm-button": "Đánh dấu là {status}",
		"att.closed": "Đã đánh dấu {status}: {count}.",
		"att.no-statuses": "Trạng thái của chiến dịch này không ghi nhận được việc tham dự (cần Đã tham dự và Vắng mặt).",
		"att.add-statuses": "Thêm trạng thái sự kiện (Đã mời, Đã đăng ký, Đã tham dự, Vắng mặt)",
		"att.camera": "Quét bằng camera",
		"att.camera-stop": "Tắt camera",
		"att.camera-error": "Không thể bật camera.",
		"att.more": "Đang hiện {shown} trên {count}; hãy gõ để thu hẹp."
	};
}));
// src/i18n/messages/ro-components.ts
var ro_components_exports = /* @__PURE__ */ __exportAll({ roComponents: () => roComponents });
var roComponents;
var init_ro_components = __esmMin((() => {
	roComponents = {
		"adapter.provided": "Date de la furnizorul paginii: {name}",
		"adapter.default": "Date stocate în acest browser: {name}",
		"inspector.campaign": "Campanie",
		"inspector.members": "Membri",
		"inspector.by-status": "După status",
		"wizard.title": "Convertește lead-ul",
		"wizard.step": "Pasul {n} din {total}",
		"wizard.steps.account": "Cont",
		"wizard.steps.contact": "Contact",
		"wizard.steps.opportunity": "Oportunitate",
		"wizard.steps.review": "Verificare",
		"wizard.account.new": "Creează un cont nou",
		"wizard.account.name": "Numele contului",
		"wizard.account.existing": "Folosește un cont existent",
		"wizard.account.suggested": "Potriviri probabile",
		"wizard.account.search": "Caută conturi",
		"wizard.account.none": "Niciun cont potrivit.",
		"wizard.contact.new": "Creează un contact nou",
		"wizard.contact.merge": "Unește cu contactul existent {name}",
		"wizard.contact.fills": "Câmpuri goale care vor fi completate: {fields}",
		"wizard.contact.nothing": "Nimic de completat: contactul își păstrează valorile.",
		"wizard.opp.create": "Creează o oportunitate",
		"wizard.opp.name": "Numele oportunității",
		"wizard.opp.amount": "Sumă",
		"wizard.opp.close": "Data închiderii",
		"wizard.opp.stage": "Etapă",
		"wizard.opp.campaign": "Sursa principală de campanie",
		"wizard.opp.no-campaign": "Niciuna",
		"wizard.review.account-new": "Creează contul „{name}”",
		"wizard.review.account-existing": "Folosește contul „{name}”",
		"wizard.review.contact-new": "Creează contactul {name}",
		"wizard.review.contact-merge": "Actualizează contactul {name}",
		"wizard.review.opp": "Creează oportunitatea „{name}”",
		"wizard.review.no-opp": "Fără oportunitate",
		"wizard.review.lead": "Marchează lead-ul drept convertit, cu legături către aceste înregistrări",
		"wizard.review.memberships": "Mută {count, plural, one {# apartenență} few {# apartenențe} other {# de apartenențe}} la campanii către contact",
		"wizard.review.carried": "Câmpuri personalizate preluate: {fields}",
		"wizard.review.dropped": "Câmpuri personalizate care vor fi renunțate (fără corespondență): {fields}",
		"wizard.back": "Înapoi",
		"wizard.next": "Înainte",
		"wizard.convert": "Convertește",
		"wizard.converting": "Se convertește…",
		"wizard.review.opp-details": "{amount} · {stage} · închidere {date}",
		"wizard.review.no-amount": "Fără valoare: oportunitatea contează 0 în pipeline-ul campaniei până se adaugă una.",
		"wizard.done-records": "Create și legate:",
		"wizard.account.created": "creat la {date}",
		"wizard.done": "Lead-ul a fost convertit.",
		"wizard.already": "Acest lead a fost deja convertit.",
		"wizard.failed": "Conversia a eșuat și nu s-a modificat nimic.",
		"wizard.not-found": "Lead-ul nu a fost găsit.",
		"wizard.choose-account": "Alegeți un cont.",
		"stage.prospecting": "Prospectare",
		"stage.qualification": "Calificare",
		"stage.needs-analysis": "Analiza nevoilor",
		"stage.proposal": "Propunere",
		"stage.negotiation": "Negociere",
		"stage.closed-won": "Câștigată",
		"stage.closed-lost": "Pierdută",
		"summary.members": "Membri",
		"summary.leads": "Lead-uri",
		"summary.converted": "Lead-uri convertite",
		"summary.contacts": "Contacte",
		"summary.responses": "Răspunsuri",
		"summary.response-rate": "Rata de răspuns",
		"summary.opportunities": "Oportunități",
		"summary.won": "Oportunități câștigate",
		"summary.pipeline": "Valoarea oportunităților",
		"summary.won-amount": "Valoare câștigată",
		"summary.budgeted": "Cost bugetat",
		"summary.actual": "Cost real",
		"summary.cpl": "Cost per lead",
		"summary.cpr": "Cost per răspuns",
		"summary.cpo": "Cost per oportunitate",
		"summary.roi": "ROI",
		"summary.expected-revenue": "Venit așteptat",
		"summary.expected-response": "Răspuns așteptat",
		"summary.by-status": "Membri după status",
		"summary.this": "Această campanie",
		"summary.subtree": "Cu {count, plural, one {# subcampanie} few {# subcampanii} other {# de subcampanii}}",
		"summary.na": "n/a",
		"summary.campaign": "Campanie",
		"summary.compare": "Compararea campaniilor",
		"summary.chart": "{figure} pe campanii",
		"summary.save-costs": "Salvează costurile",
		"summary.saved": "Costuri salvate.",
		"cap.leads": "Lead-urile campaniei, inclusiv cele convertite",
		"cap.response-rate": "Răspunsuri ÷ membri",
		"cap.pipeline": "Suma oportunităților atribuite acestei campanii",
		"cap.won-amount": "Suma oportunităților câștigate atribuite acestei campanii",
		"cap.cpl": "Cost real ÷ lead-uri",
		"cap.cpr": "Cost real ÷ răspunsuri",
		"cap.cpo": "Cost real ÷ oportunități",
		"cap.roi": "(Valoare câștigată − cost real) ÷ cost real",
		"cap.expected": "Real: {actual}",
		"cap.members": "Lead-urile și contactele campaniei",
		"status.sent": "Trimis",
		"status.responded": "A răspuns",
		"status.invited": "Invitat",
		"status.registered": "Înregistrat",
		"status.attended": "A participat",
		"status.no-show": "Absent",
		"list.title": "Membrii campaniei",
		"list.grid": "Membrii {campaign}",
		"list.total": "Membri: {count}",
		"list.matching": "Potriviri: {count}",
		"list.all": "Toți",
		"list.by-status": "Filtrează după stare",
		"list.search": "Caută membri",
		"list.search-hint": "Nume, e-mail sau companie",
		"list.type": "Tip",
		"list.type-all": "Lead-uri și contacte",
		"list.type-leads": "Lead-uri",
		"list.type-contacts": "Contacte",
		"list.lead": "Lead",
		"list.contact": "Contact",
		"col.name": "Nume",
		"col.type": "Tip",
		"col.company": "Companie",
		"col.email": "E-mail",
		"col.status": "Stare",
		"col.responded": "Răspuns",
		"col.first-responded": "Primul răspuns",
		"col.added": "Adăugat",
		"list.yes": "Da",
		"list.no": "Nu",
		"list.select-row": "Selectează {name}",
		"list.select-all": "Selectează toate potrivirile ({count})",
		"list.selected": "Selectați: {count}",
		"list.clear-selection": "Anulează selecția",
		"list.set-status": "Setează starea",
		"list.apply": "Aplică",
		"list.remove": "Elimină din campanie",
		"list.remove-confirm": "Eliminați {count, plural, one {# membru} few {# membri} other {# de membri}} din campanie? Lead-urile și contactele în sine se păstrează.",
		"list.cancel": "Anulează",
		"list.add": "Adaugă membri",
		"list.add-search": "Găsește lead-uri și contacte",
		"list.add-status": "Starea membrilor adăugați",
		"list.add-none": "Niciun lead sau contact nu se potrivește.",
		"list.add-confirm": "Adaugă selecția ({count})",
		"list.added": "Adăugați în campanie: {count}",
		"list.removed": "Eliminați din campanie: {count}",
		"list.updated": "Starea „{status}” setată: {count}",
		"list.conflict": "Altcineva a modificat între timp acești membri, așa că nu s-a salvat nimic pentru ei. Lista arată datele actuale; verificați și încercați din nou.",
		"list.partial": "Realizat pentru {done} din {total}. Ceilalți au fost modificați între timp de altcineva și au rămas neschimbați.",
		"list.failed": "Modificarea nu a fost salvată: {reason}",
		"list.working": "Se lucrează… {done} din {total}",
		"list.view-all": "Vezi toți",
		"list.empty": "Nimeni nu face încă parte din această campanie.",
		"list.empty-filter": "Niciun membru nu corespunde filtrelor.",
		"list.clear-filters": "Șterge filtrele",
		"list.loading-more": "Se încarcă…",
		"list.status-of": "Starea pentru {name}",
		"list.columns": "Coloane",
		"list.move-up": "Mută „{column}” mai sus",
		"list.move-down": "Mută „{column}” mai jos",
		"list.export": "Exportă CSV",
		"list.exported": "Exportați: {count}",
		"list.import": "Importă CSV",
		"list.close": "Închide",
		"list.no-name": "(fără nume)",
		"import.title": "Importă lead-uri dintr-un fișier CSV",
		"import.file": "Fișier CSV",
		"import.file-hint": "Până la {limit} MB. Primul rând conține numele coloanelor.",
		"import.encoding": "Codificare (când fișierul nu are BOM)",
		"import.enc-cyrillic": "Windows-1251 (chirilic)",
		"import.enc-western": "Windows-1252 (vest-europeană)",
		"import.enc-central": "ISO-8859-2 (central-europeană)",
		"import.delimiter": "Separator",
		"import.delim-auto": "Detectează",
		"import.delim-comma": "Virgulă (,)",
		"import.delim-semicolon": "Punct și virgulă (;)",
		"import.delim-tab": "Tab",
		"import.too-large": "Fișierul depășește {limit} MB. Împărțiți-l în fișiere mai mici.",
		"import.unreadable": "Fișierul nu a putut fi citit ca CSV.",
		"import.no-rows": "Fișierul nu are rânduri sub numele coloanelor.",
		"import.mapping": "Asociați coloanele cu câmpurile lead-ului",
		"import.column": "Coloana din fișier",
		"import.sample": "Prima valoare",
		"import.field": "Importă ca",
		"import.skip": "Nu importa",
		"import.need-email": "Asociați o coloană cu E-mail: persoanele sunt recunoscute după adresa de e-mail.",
		"import.preview": "Previzualizare",
		"import.rows": "Rânduri în fișier: {count}",
		"import.status": "Starea membrului",
		"import.start": "Importă {count} rânduri",
		"import.progress": "Importate {done} din {total} rânduri",
		"import.done": "Import încheiat: {created} lead-uri noi, {matched} potrivite cu persoane existente, {members} adăugate în campanie.",
		"import.errors": "Rânduri neimportate: {count}",
		"import.row": "Rândul {row}",
		"import.download-errors": "Descarcă rândurile cu erori (CSV)",
		"import.error-column": "Eroare",
		"import.back": "Înapoi",
		"import.stop": "Oprește",
		"import.stopped": "Importul a fost oprit. Rândurile de până atunci au fost importate.",
		"import.another": "Importă alt fișier",
		"att.title": "Check-in",
		"att.search": "Caută sau scanează un ecuson",
		"att.search-hint": "Nume, e-mail sau companie; scanerul introduce codul ecusonului și Enter",
		"att.expected": "Înregistrați",
		"att.checked-in": "Sosiți",
		"att.not-arrived": "Încă nesosiți",
		"att.walk-ins": "Fără înregistrare",
		"att.rate": "Rată de participare",
		"att.only-not-arrived": "Arată doar persoanele încă nesosite",
		"att.results": "Rezultate: {count}",
		"att.no-results": "Nimeni din listă nu se potrivește. Înregistrați o persoană nouă?",
		"att.check-in": "Înregistrează sosirea",
		"att.check-in-name": "Înregistrează sosirea pentru {name}",
		"att.arrived-at": "Sosit la {time}",
		"att.done": "{name} a fost înregistrat(ă) ({time}).",
		"att.already": "{name} a fost deja înregistrat(ă) la {time}. Nu se numără de două ori.",
		"att.undo": "Anulează",
		"att.undone": "Înregistrarea lui {name} a fost anulată.",
		"att.unknown-code": "Codul {code} nu este pe lista acestui eveniment.",
		"att.pending": "Salvat pe acest dispozitiv: {name} ({time}). Va fi trimis când revine conexiunea.",
		"att.pending-title": "În așteptarea sincronizării: {count}",
		"att.pending-badge": "În așteptare",
		"att.sync-now": "Trimite acum",
		"att.synced": "Trimise: {count}",
		"att.failed": "Nu a putut fi aplicat: {reason}",
		"att.dismiss": "Închide",
		"att.offline": "Offline: înregistrările sunt păstrate pe acest dispozitiv.",
		"att.walk-in": "Înregistrează o persoană nouă",
		"att.walk-in-submit": "Înregistrează și marchează sosirea",
		"att.walk-in-found": "{name} era deja pe listă: sosire înregistrată.",
		"att.close": "Închide evenimentul",
		"att.close-confirm": "Marcați cele {count} persoane nesosite ca „{status}”? Stările pot fi modificate ulterior.",
		"att.close-confirm-button": "Marchează ca „{status}”",
		"att.closed": "Marcați ca „{status}”: {count}.",
		"att.no-statuses": "Stările acestei campanii nu pot înregistra prezența (sunt necesare A participat și Absent).",
		"att.add-statuses": "Adaugă stările de eveniment (Invitat, Înregistrat, A participat, Absent)",
		"att.camera": "Scanează cu camera",
		"att.camera-stop": "Oprește camera",
		"att.camera-error": "Camera nu a putut porni.",
		"att.more": "Se afișează {shown} din {count}; tastați pentru a restrânge."
	};
}));
// src/i18n/localize.ts
/** The languages every built-in string exists in. */
var supportedLocales = [
	"en",
	"uk",
	"ru",
	"fr",
	"vi",
	"ro"
];
/** Strings registered by the page (`registerStrings`), by language: they win over the built-in ones. */
var registered = /* @__PURE__ */ new Map();
var stringListeners = /* @__PURE__ */ new Set();
/** Calls `listener` whenever strings are registered; returns the unsubscribe function. */
function onStringsChange(listener) {
	stringListeners.add(listener);
	return () => stringListeners.delete(listener);
}
/**
* English: the core strings are built in; each element's module adds its own with
* `addEnglish` (so a page with only a form carries only the form's). The other languages
* download on first use (a page needs one).
*/
var english = { ...enCore };
var catalogs = { en: english };
/** Set once an element beyond the form is on the page: other languages then load its strings too. */
var withComponents = false;
/** Adds English strings (an element module's own); the other languages' matching part loads with them. */
function addEnglish(messages) {
	Object.assign(english, messages);
	withComponents = true;
}
var coreLoaders = {
	uk: () => Promise.resolve().then(() => (init_uk_core(), uk_core_exports)).then((m) => m.ukCore),
	ru: () => Promise.resolve().then(() => (init_ru_core(), ru_core_exports)).then((m) => m.ruCore),
	fr: () => Promise.resolve().then(() => (init_fr_core(), fr_core_exports)).then((m) => m.frCore),
	vi: () => Promise.resolve().then(() => (init_vi_core(), vi_core_exports)).then((m) => m.viCore),
	ro: () => Promise.resolve().then(() => (init_ro_core(), ro_core_exports)).then((m) => m.roCore)
};
var componentLoaders = {
	uk: () => Promise.resolve().then(() => (init_uk_components(), uk_components_exports)).then((m) => m.ukComponents),
	ru: () => Promise.resolve().then(() => (init_ru_components(), ru_components_exports)).then((m) => m.ruComponents),
	fr: () => Promise.resolve().then(() => (init_fr_components(), fr_components_exports)).then((m) => m.frComponents),
	vi: () => Promise.resolve().then(() => (init_vi_components(), vi_components_exports)).then((m) => m.viComponents),
	ro: () => Promise.resolve().then(() => (init_ro_components(), ro_components_exports)).then((m) => m.roComponents)
};
var loaded = /* @__PURE__ */ new Set();
var loading = /* @__PURE__ */ new Map();
function loadPart(part, locale) {
	const key = `${part}:${locale}`;
	if (loaded.has(key)) return Promise.resolve();
	let promise = loading.get(key);
	if (!promise) {
		promise = (part === "core" ? coreLoaders : componentLoaders)[locale]().then((messages) => {
			catalogs[locale] = {
				...catalogs[locale],
				...messages
			};
			loaded.add(key);
		}, (error) => {
			loading.delete(key);
			throw error;
		});
		loading.set(key, promise);
	}
	return promise;
}
/**
* Resolves once `locale`'s strings are available: at once for English; otherwise its core part
* (and the elements' part when such an element is on the page) is downloaded on first use.
*/
function ensureLocale(locale) {
	if (locale === "en" || !(locale in coreLoaders)) return Promise.resolve();
	const parts = [loadPart("core", locale)];
	if (withComponents) parts.push(loadPart("components", locale));
	return Promise.all(parts).then(() => void 0);
}
/** The supported locale for a BCP 47 tag (`uk-UA` -> `uk`), or undefined. */
function matchLocale(tag) {
	const full = tag?.trim().toLowerCase().replace(/_/g, "-");
	if (full && registered.has(full) && !supportedLocales.includes(full)) return full;
	const base = full?.split("-")[0];
	if (supportedLocales.includes(base ?? "") || registered.has(base ?? "")) return base;
}
/**
* The locale for an element: its `locale` property/attribute, else the nearest `lang`
* (crossing shadow roots), else the page's language, else English.
*/
function resolveLocale(el) {
	const own = matchLocale(el.locale);
	if (own) return own;
	if (typeof ShadowRoot === "undefined") return matchLocale(el.getAttribute?.("lang")) ?? "en";
	let node = el;
	while (node) {
		if (node instanceof Element && node.hasAttribute("lang")) {
			const found = matchLocale(node.getAttribute("lang"));
			if (found) return found;
		}
		node = node instanceof ShadowRoot ? node.host : node.parentNode;
	}
	return matchLocale(document.documentElement.lang) ?? "en";
}
/**
* The message for `key` in `locale` (English until that catalog is loaded), `{name}` filled.
* Counted words take the language's plural forms (`Intl.PluralRules`):
* `{count, plural, one {# field} other {# fields}}` — `#` is the number as given.
*/
function msg(locale, key, params) {
	const text = registered.get(locale)?.[key] ?? catalogs[locale]?.[key] ?? english[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g, (m, p, cases) => {
		if (!(p in params)) return m;
		const shown = String(params[p]);
		const n = typeof params[p] === "number" ? params[p] : Number(shown.replace(/[^\d.-]/g, ""));
		const forms = Object.fromEntries([...cases.matchAll(/([\w=]+)\s*\{([^{}]*)\}/g)].map(([, c, t]) => [c, t]));
		return (forms[`=${n}`] ?? forms[pluralRules(locale).select(n)] ?? forms.other ?? "").replace(/#/g, shown);
	}).replace(/\{(\w+)\}/g, (m, p) => p in params ? String(params[p]) : m);
}
var rules = /* @__PURE__ */ new Map();
function pluralRules(locale) {
	let r = rules.get(locale);
	if (!r) rules.set(locale, r = new Intl.PluralRules(locale));
	return r;
}
/** The localized message for a field issue code (`required`, `email`, ...). */
function fieldMessage(locale, code) {
	const key = `field.${code}`;
	return key in english ? msg(locale, key) : msg(locale, "field.invalid");
}
/** The localized sentence for an adapter error (by its `code`), for error states. */
function errorMessage(locale, error) {
	const code = error?.code;
	const key = `error.${code}`;
	return code && key in english ? msg(locale, key) : msg(locale, "state.error");
}
var STATUS_KEYS = {
	sent: "status.sent",
	responded: "status.responded",
	invited: "status.invited",
	registered: "status.registered",
	attended: "status.attended",
	"no-show": "status.no-show"
};
/**
* A member status for display: the kit's default statuses (stored in English) are shown in
* `locale`; a campaign's own statuses are shown as they were named.
*/
function statusLabel(locale, label) {
	const key = STATUS_KEYS[label.trim().toLowerCase()];
	return key ? msg(locale, key) : label;
}
/** A date (an ISO date or instant) as `locale` writes it, e.g. "29 лист. 2026 р."; empty when absent. */
function formatDate$1(locale, iso) {
	if (!iso) return "";
	const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? /* @__PURE__ */ new Date(`${iso}T12:00:00`) : new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}
/** A number for an input in `locale`: its decimal mark, no grouping (what `typedNumber` reads back). */
function inputNumber(locale, n) {
	return n === void 0 ? "" : new Intl.NumberFormat(locale, {
		useGrouping: false,
		maximumFractionDigits: 2
	}).format(n);
}
// src/i18n/localized-element.ts
/**
* Base of the kit's elements that show built-in text: a `locale` property, and rendering that
* waits for the locale's catalog (downloaded on first use) so a page never flashes English.
*/
var LocalizedElement = class extends i$3 {
	/** The locale in effect now. */
	get activeLocale() {
		return resolveLocale(this);
	}
	/** A number as the active locale writes it (grouping, digits). */
	formatNumber(n) {
		return new Intl.NumberFormat(this.activeLocale).format(n);
	}
	connectedCallback() {
		super.connectedCallback();
		this.stopStrings = onStringsChange(() => this.requestUpdate());
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.stopStrings?.();
	}
	async scheduleUpdate() {
		await ensureLocale(resolveLocale(this)).catch(() => void 0);
		super.scheduleUpdate();
	}
};
__decorate([n$1({ reflect: true })], LocalizedElement.prototype, "locale", void 0);
__decorate([n$1({
	attribute: "name-order",
	reflect: true
})], LocalizedElement.prototype, "nameOrder", void 0);
// src/components/lead-form/fields.ts
/** The standard lead fields a form can show, with their autofill tokens. */
var STANDARD_FIELDS = {
	firstName: {
		type: "text",
		labelKey: "form.firstName",
		autocomplete: "given-name"
	},
	lastName: {
		type: "text",
		labelKey: "form.lastName",
		autocomplete: "family-name"
	},
	email: {
		type: "email",
		labelKey: "form.email",
		autocomplete: "email",
		inputmode: "email"
	},
	phone: {
		type: "tel",
		labelKey: "form.phone",
		autocomplete: "tel",
		inputmode: "tel"
	},
	company: {
		type: "text",
		labelKey: "form.company",
		autocomplete: "organization"
	},
	title: {
		type: "text",
		labelKey: "form.title",
		autocomplete: "organization-title"
	},
	industry: {
		type: "text",
		labelKey: "form.industry",
		autocomplete: "off"
	},
	employees: {
		type: "number",
		labelKey: "form.employees",
		autocomplete: "off",
		inputmode: "numeric"
	},
	country: {
		type: "text",
		labelKey: "form.country",
		autocomplete: "country-name"
	},
	website: {
		type: "url",
		labelKey: "form.website",
		autocomplete: "url",
		inputmode: "url"
	},
	message: {
		type: "textarea",
		labelKey: "form.message",
		autocomplete: "off",
		wide: true
	}
};
/** The fields a form shows when the page chooses none. */
var DEFAULT_FIELDS = "firstName lastName email* company";
/** Field name in the form -> lead field (the form says `message`, the lead `description`). */
function leadFieldName(name) {
	return name === "message" ? "description" : name;
}
/**
* Parses the `fields` attribute: standard field names in order, separated by spaces or commas;
* a trailing `*` makes one required. The email field is always present and required.
*/
function parseFieldList(list) {
	const specs = [];
	for (const token of list.split(/[\s,]+/).filter(Boolean)) {
		const required = token.endsWith("*");
		const name = required ? token.slice(0, -1) : token;
		if (!STANDARD_FIELDS[name] || specs.some((s) => s.name === name)) continue;
		specs.push(standardSpec(name, required));
	}
	return withEmail(specs);
}
function standardSpec(name, required, overrides = {}) {
	const std = STANDARD_FIELDS[name];
	return {
		name,
		standard: true,
		type: std.type,
		required: required || name === "email",
		labelKey: std.labelKey,
		autocomplete: std.autocomplete,
		inputmode: std.inputmode,
		wide: std.wide,
		...overrides
	};
}
/** Makes sure the email field is there (matching needs it) and required. */
function withEmail(specs) {
	const email = specs.find((s) => s.name === "email");
	if (email) {
		email.required = true;
		return specs;
	}
	return [...specs, standardSpec("email", true)];
}
/** `a, b` or `a=Label A; b=Label B` into select options. */
function parseOptions(text) {
	if (!text) return [];
	return (text.includes(";") ? text.split(";") : text.split(",")).map((p) => p.trim()).filter(Boolean).map((p) => {
		const eq = p.indexOf("=");
		return eq > 0 ? {
			value: p.slice(0, eq).trim(),
			label: p.slice(eq + 1).trim()
		} : {
			value: p,
			label: p
		};
	});
}
/**
* The fields `<lead-field>` children declare, in order (a name declared twice counts once): a
* standard field with the page's label and placeholder, a consent checkbox, or a custom field.
* The email field is added when missing.
*/
function specsFromDeclarations(children) {
	const specs = [];
	for (const el of children) {
		const name = el.getAttribute("name")?.trim() ?? "";
		if (!name || specs.some((s) => s.name === name)) continue;
		const type = el.getAttribute("type") ?? "";
		const overrides = {
			label: el.getAttribute("label") ?? void 0,
			placeholder: el.getAttribute("placeholder") ?? void 0,
			value: el.getAttribute("value") ?? void 0
		};
		const required = el.hasAttribute("required");
		if (STANDARD_FIELDS[name]) specs.push(standardSpec(name, required, {
			...overrides,
			...type === "hidden" ? { type } : {}
		}));
		else if (type === "consent") specs.push({
			name,
			standard: false,
			type,
			required,
			...overrides,
			wide: true
		});
		else {
			const kind = [
				"number",
				"select",
				"checkbox",
				"hidden",
				"textarea"
			].includes(type) ? type : "text";
			specs.push({
				name,
				standard: false,
				type: kind,
				required,
				options: parseOptions(el.getAttribute("options")),
				...overrides
			});
		}
	}
	return withEmail(specs);
}
// src/components/lead-form/lead-form.events.ts
/** Fired before the lead is written; `preventDefault()` stops the submission. */
var LeadSubmitEvent = class LeadSubmitEvent extends Event {
	static {
		this.type = "lead-submit";
	}
	constructor(detail) {
		super(LeadSubmitEvent.type, {
			bubbles: true,
			composed: true,
			cancelable: true
		});
		this.detail = detail;
	}
};
/** Fired after the lead was stored. */
var LeadSubmittedEvent = class LeadSubmittedEvent extends Event {
	static {
		this.type = "lead-submitted";
	}
	constructor(detail) {
		super(LeadSubmittedEvent.type, {
			bubbles: true,
			composed: true
		});
		this.detail = detail;
	}
};
/** Fired when the submission failed; the typed values are kept. */
var LeadSubmitErrorEvent = class LeadSubmitErrorEvent extends Event {
	static {
		this.type = "lead-submit-error";
	}
	constructor(detail) {
		super(LeadSubmitErrorEvent.type, {
			bubbles: true,
			composed: true
		});
		this.detail = detail;
	}
};
/**
* The server could not be reached: the submission is kept and will be sent (REST adapter's
* outbox). `durable` is false when the device refused to store it (quota, private mode): it then
* waits in the page's memory, and is lost if the visitor closes the page before it is sent.
*/
var LeadSubmitQueuedEvent = class LeadSubmitQueuedEvent extends Event {
	static {
		this.type = "lead-submit-queued";
	}
	constructor(detail) {
		super(LeadSubmitQueuedEvent.type, {
			bubbles: true,
			composed: true
		});
		this.detail = detail;
	}
};
// src/styles/controls.ts
/**
* Form controls shared by every component: text inputs, selects and textareas; buttons in one
* hierarchy — primary (the accent, default), `secondary` (outlined), `quiet` (text only),
* `danger` (destructive; `secondary danger` outlined); the focus ring, invalid borders, visually
* hidden text, and the state boxes of styles/states.ts. Components add only what is theirs.
*/
var controls = i$6`
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.55rem 0.75rem;
    min-height: 44px;
    box-sizing: border-box;
    width: 100%;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.5rem 1.2rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button.quiet {
    background: transparent;
    border-color: transparent;
    color: var(--_accent);
    padding-inline: 0.6rem;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  button.secondary.danger {
    background: transparent;
    color: var(--_danger);
  }
  button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  :is(input, select, textarea, button, a, [tabindex='-1']):focus-visible {
    outline: 3px solid color-mix(in srgb, var(--_accent) 60%, transparent);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state-box {
    display: grid;
    justify-items: start;
    gap: 0.6rem;
    padding: 1rem 1.1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .state-box p {
    margin: 0;
  }
  .state-box.loading {
    grid-auto-flow: column;
    justify-content: start;
    align-items: center;
    color: var(--_muted);
    border-style: solid;
  }
  .state-box.error {
    border: 1px solid color-mix(in srgb, var(--_danger) 40%, var(--_border));
    border-inline-start: 4px solid var(--_danger);
  }
  .state-box.error p {
    font-weight: 600;
  }
  .state-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    border: 2px solid color-mix(in srgb, var(--_accent) 25%, transparent);
    border-top-color: var(--_accent);
    animation: lead-kit-spin 0.8s linear infinite;
  }
  @keyframes lead-kit-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
// src/styles/tokens.ts
/**
* Shared design tokens, the only place colours are written. Every component reads the internal
* `--_*` properties set here from the public `--lead-kit-*` ones, so a host page themes the whole
* kit from one place; themes/dark.css sets every one of them for a dark page (checked by
* test/styles/tokens.test.ts, with the contrast of each pair).
*/
var tokens = i$6`
  :host {
    --_font: var(--lead-kit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--lead-kit-color-text, #1f2430);
    --_muted: var(--lead-kit-color-muted, #5b6272);
    --_surface: var(--lead-kit-color-surface, #ffffff);
    --_border: var(--lead-kit-color-border, #d5d9e2);
    --_accent: var(--lead-kit-color-accent, #2557d6);
    --_on-accent: var(--lead-kit-color-on-accent, #ffffff);
    --_danger: var(--lead-kit-color-danger, #b3261e);
    --_on-danger: var(--lead-kit-color-on-danger, #ffffff);
    --_success: var(--lead-kit-color-success, #1b7f3b);
    --_warning: var(--lead-kit-color-warning, #8a5a00);
    --_backdrop: var(--lead-kit-color-backdrop, rgb(0 0 0 / 0.45));
    --_radius: var(--lead-kit-radius, 8px);
    --_space: var(--lead-kit-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
`;
// src/components/lead-form/lead-form.styles.ts
var styles$4 = [
	tokens,
	controls,
	i$6`
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.4;
    }
    [hidden] {
      display: none !important;
    }
    form {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      max-width: var(--lead-kit-form-max-width, 36rem);
    }
    form.two-column {
      max-width: var(--lead-kit-form-max-width, 52rem);
    }
    .fields {
      display: grid;
      gap: calc(var(--_space) * 0.25) var(--_space);
      grid-template-columns: 1fr;
    }
    @container (min-width: 28rem) {
      form.two-column .fields {
        grid-template-columns: 1fr 1fr;
      }
      form.two-column .field.wide {
        grid-column: 1 / -1;
      }
    }
    .field {
      display: grid;
      gap: 0.3rem;
      align-content: start;
    }
    label {
      font-weight: 600;
      font-size: 0.95rem;
    }
    .required {
      color: var(--_danger);
      margin-inline-start: 0.2em;
    }
    textarea {
      resize: vertical;
    }
    /* The error line always takes its height: no layout shift when an error appears. */
    .error {
      margin: 0;
      line-height: 1.3;
      min-height: 1.3em;
      font-size: 0.875rem;
      color: var(--_danger);
    }
    .check-row {
      display: flex;
      gap: 0.6rem;
      align-items: flex-start;
    }
    .check-row input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.15rem 0 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .check-row label {
      font-weight: 400;
    }
    .actions {
      display: flex;
    }
    button {
      min-width: 8rem;
      padding: 0.6rem 1.4rem;
    }
    .error-summary,
    .form-error {
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      padding: 0.6rem 0.9rem;
      margin: 0;
      color: var(--_text);
    }
    .error-summary p {
      margin: 0 0 0.3rem;
      font-weight: 600;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.2rem;
    }
    .error-summary a {
      color: var(--_danger);
    }
    .success {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .success.warning {
      border-inline-start-color: var(--_warning);
    }
    .hp {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      inset-inline-start: -10000px;
    }
  `
];
// node_modules/lit-html/directives/if-defined.js
/**
* @license
* Copyright 2018 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var o = (o) => o ?? A;
// src/components/lead-form/field-view.ts
/**
* One form field: a native input, textarea, select or checkbox with its `<label for>`, required
* marker, `aria-invalid` and `aria-describedby` pointing at its error line.
*/
function renderField(spec, v) {
	const { locale } = v;
	if (spec.type === "hidden") return A;
	const id = `${v.idPrefix}-${spec.name}`;
	const errorId = `${id}-error`;
	const error = v.issue;
	const label = v.label;
	const common = {
		id,
		name: spec.name,
		invalid: error ? "true" : "false",
		describedby: error ? errorId : void 0
	};
	const marker = spec.required ? b`<span class="required" aria-hidden="true">*</span><span class="visually-hidden"> (${msg(locale, "form.required")})</span>` : A;
	const errorLine = b`<p part="error" class="error" id=${errorId}>${error ?? ""}</p>`;
	const wide = spec.wide || spec.type === "checkbox" || spec.type === "consent" ? " wide" : "";
	if (spec.type === "checkbox" || spec.type === "consent") return b`<div part="field" class="field check${wide}">
      <div class="check-row">
        <input
          part="input"
          type="checkbox"
          id=${id}
          name=${spec.name}
          .checked=${l(v.value === true)}
          ?required=${spec.required}
          aria-invalid=${common.invalid}
          aria-describedby=${o(common.describedby)}
          @change=${(e) => v.input(e.target.checked)}
          @blur=${v.blur}
        />
        <label part="label" for=${id}>${label}${marker}</label>
      </div>
      ${errorLine}
    </div>`;
	let control;
	const value = String(v.value ?? "");
	const onInput = (e) => v.input(e.target.value);
	if (spec.type === "textarea") control = b`<textarea
      part="input"
      id=${id}
      name=${spec.name}
      rows="4"
      .value=${l(value)}
      ?required=${spec.required}
      placeholder=${o(spec.placeholder)}
      autocomplete=${o(spec.autocomplete)}
      aria-invalid=${common.invalid}
      aria-describedby=${o(common.describedby)}
      @input=${onInput}
      @blur=${v.blur}
    ></textarea>`;
	else if (spec.type === "select") control = b`<select
      part="input"
      id=${id}
      name=${spec.name}
      .value=${l(value)}
      ?required=${spec.required}
      aria-invalid=${common.invalid}
      aria-describedby=${o(common.describedby)}
      @change=${onInput}
      @blur=${v.blur}
    >
      <option value="">${msg(locale, "form.choose")}</option>
      ${(spec.options ?? []).map((o) => b`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>`;
	else control = b`<input
      part="input"
      id=${id}
      name=${spec.name}
      type=${spec.type === "number" ? "text" : spec.type}
      .value=${l(value)}
      ?required=${spec.required}
      placeholder=${o(spec.placeholder)}
      autocomplete=${o(spec.autocomplete)}
      inputmode=${o(spec.type === "number" ? "numeric" : spec.inputmode)}
      aria-invalid=${common.invalid}
      aria-describedby=${o(common.describedby)}
      @input=${onInput}
      @blur=${v.blur}
    />`;
	return b`<div part="field" class="field${wide}">
    <label part="label" for=${id}>${label}${marker}</label>
    ${control} ${errorLine}
  </div>`;
}
// src/components/lead-form/lead-form.ts
init_errors$1();
init_validate();
init_ids();
init_common();
init_submission();
/** What a form submits as its lead: the submission's own schema (email required). */
var submittedLeadSchema = leadSubmissionSchema.shape.lead;
/**
* A lead capture form for any page. Submissions become leads on the campaign named by
* `campaign`; a visitor whose email matches an existing lead or contact is added to the
* campaign instead of being duplicated. Works on the page-wide IndexedDB default or the
* adapter of the nearest `<lead-kit>`.
*
* Fields: `fields="firstName lastName email* company"` (standard fields in order, `*` =
* required), or `<lead-field>` children for labels, custom fields, hidden values and consent.
*
* @summary Lead capture form that attaches visitors to a campaign.
* @tagname lead-form
*
* @slot success - Shown instead of the form after a successful submission (default: a localized thank-you).
* @slot header - Content above the fields (a heading, an introduction).
* @slot footer - Content below the submit button (privacy note, links).
*
* @csspart form - The `<form>` element.
* @csspart field - Each field's wrapper.
* @csspart label - Each field's label.
* @csspart input - Each input, select and textarea.
* @csspart error - Each field's error message.
* @csspart error-summary - The list of errors shown after a failed submit attempt.
* @csspart submit-button - The submit button.
* @csspart success - The success message.
*
* @cssprop --lead-kit-color-text - Text color.
* @cssprop --lead-kit-color-muted - Secondary text color.
* @cssprop --lead-kit-color-surface - Background of inputs and the form.
* @cssprop --lead-kit-color-border - Input borders.
* @cssprop --lead-kit-color-accent - Submit button and focus ring.
* @cssprop --lead-kit-color-on-accent - Text on the submit button.
* @cssprop --lead-kit-color-danger - Error text and invalid borders.
* @cssprop --lead-kit-color-warning - Edge of the "keep this page open" notice (a submission the device could not store).
* @cssprop --lead-kit-radius - Corner radius.
* @cssprop --lead-kit-space - Base spacing.
* @cssprop --lead-kit-font-family - Font.
* @cssprop --lead-kit-form-max-width - Widest the form grows (default 36rem stacked, 52rem two-column); `none` to fill its container.
*
* @fires {LeadSubmitEvent} lead-submit - Before the lead is written; cancelable. `detail: { values, campaignId, status, submissionId }`.
* @fires {LeadSubmittedEvent} lead-submitted - After the lead was stored. `detail: { submissionId, person, matched, memberId, campaignId }`.
* @fires {LeadSubmitQueuedEvent} lead-submit-queued - The server could not be reached; the submission is kept and sent later (REST adapter). `detail: { submissionId, campaignId, durable }` — `durable` false: the device refused to store it, so it waits in this page (a warning is shown).
* @fires {LeadSubmitErrorEvent} lead-submit-error - When storing failed; the typed values stay in the form. `detail: { error, submissionId }`.
*/
var LeadForm = class extends LocalizedElement {
	constructor(..._args) {
		super(..._args);
		this.campaign = "";
		this.leadSource = "web";
		this.fields = DEFAULT_FIELDS;
		this.layout = "stacked";
		this.prefill = false;
		this.minFillSeconds = 3;
		this.values = {};
		this.issues = {};
		this.touched = /* @__PURE__ */ new Set();
		this.attempted = false;
		this.submitting = false;
		this.succeeded = false;
		this.successName = "";
		this.queued = false;
		this.specs = [];
		this.adapters = new AdapterController(this);
		this.shownAt = performance.now();
		this.idPrefix = `lf-${Math.random().toString(36).slice(2, 8)}`;
		this.handleFieldDeclarations = () => this.readFieldDeclarations();
	}
	static {
		this.styles = styles$4;
	}
	connectedCallback() {
		super.connectedCallback();
		this.shownAt = performance.now();
		this.addEventListener("lead-field-change", this.handleFieldDeclarations);
		this.readFieldDeclarations();
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.removeEventListener("lead-field-change", this.handleFieldDeclarations);
	}
	willUpdate(changed) {
		if (changed.has("fields")) this.readFieldDeclarations();
	}
	/** Clears the form for another submission (after success, or to start over). */
	reset() {
		this.values = this.initialValues(this.specs);
		this.issues = {};
		this.touched = /* @__PURE__ */ new Set();
		this.attempted = false;
		this.formError = void 0;
		this.succeeded = false;
		this.submissionId = void 0;
		this.shownAt = performance.now();
	}
	render() {
		const locale = resolveLocale(this);
		if (this.succeeded) return this.renderSuccess(locale);
		return b`
      <form part="form" novalidate class=${this.layout === "two-column" ? "two-column" : "stacked"} @submit=${this.handleSubmit}>
        <slot name="header"></slot>
        ${this.renderErrorSummary(locale)}
        <div class="fields">${this.specs.map((spec) => renderField(spec, {
			locale,
			idPrefix: this.idPrefix,
			label: this.labelOf(spec, locale),
			value: this.values[spec.name],
			issue: this.visibleIssue(spec.name),
			input: (value) => this.handleInput(spec, value),
			blur: () => this.handleBlur(spec)
		}))}</div>
        ${this.renderHoneypot(locale)}
        ${this.formError ? b`<p class="form-error" role="alert" id="${this.idPrefix}-form-error">${this.formError}</p>` : A}
        <div class="actions">
          <button part="submit-button" type="submit" ?disabled=${this.submitting} aria-busy=${this.submitting ? "true" : "false"}>
            ${this.submitting ? msg(locale, "form.submitting") : this.submitLabel ?? msg(locale, "form.submit")}
          </button>
        </div>
        <slot name="footer"></slot>
      </form>
    `;
	}
	renderSuccess(locale) {
		return b`<div part="success" class="success ${this.queued === "memory" ? "warning" : ""}" role="status" tabindex="-1">
      <slot name="success">${this.queued === "memory" ? msg(locale, "form.queued-memory") : this.queued ? msg(locale, "form.queued") : this.successName ? msg(locale, "form.success-named", { name: this.successName }) : msg(locale, "form.success")}</slot>
    </div>`;
	}
	renderErrorSummary(locale) {
		const entries = this.attempted ? this.specs.filter((s) => this.issues[s.name]) : [];
		if (!entries.length) return A;
		return b`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" id="${this.idPrefix}-summary">
      <p>${msg(locale, "form.errors-title", { count: entries.length })}</p>
      <ul>
        ${entries.map((s) => b`<li><a href="#${this.idPrefix}-${s.name}" @click=${(e) => this.focusField(e, s.name)}>${this.labelOf(s, locale)}: ${this.issues[s.name]}</a></li>`)}
      </ul>
    </div>`;
	}
	/** A field people cannot see or reach; bots that fill every input give themselves away. */
	renderHoneypot(locale) {
		return b`<div class="hp" aria-hidden="true">
      <label for="${this.idPrefix}-hp">${msg(locale, "form.honeypot")}</label>
      <input id="${this.idPrefix}-hp" name="website_url" type="text" tabindex="-1" autocomplete="off" .value=${l(String(this.values.__hp ?? ""))} @input=${(e) => this.values = {
			...this.values,
			__hp: e.target.value
		}} />
    </div>`;
	}
	labelOf(spec, locale) {
		return spec.label ?? (spec.labelKey ? msg(locale, spec.labelKey) : spec.name);
	}
	visibleIssue(name) {
		return this.attempted || this.touched.has(name) ? this.issues[name] : void 0;
	}
	/** Reads `<lead-field>` children (or the `fields` attribute) into field specs. */
	readFieldDeclarations() {
		const children = [...this.querySelectorAll(":scope > lead-field")];
		const specs = children.length ? specsFromDeclarations(children) : parseFieldList(this.fields || "firstName lastName email* company");
		if (JSON.stringify(specs) === JSON.stringify(this.specs)) return;
		const previous = this.values;
		this.specs = specs;
		this.values = {
			...this.initialValues(specs),
			...Object.fromEntries(Object.entries(previous).filter(([k]) => specs.some((s) => s.name === k)))
		};
	}
	initialValues(specs) {
		const values = {};
		const query = this.prefill ? new URLSearchParams(location.search) : void 0;
		for (const s of specs) {
			if (s.type === "checkbox" || s.type === "consent") values[s.name] = s.value === "true" || s.value === "on";
			else values[s.name] = s.value ?? "";
			const fromUrl = query?.get(s.name);
			if (fromUrl && s.type !== "hidden" && s.type !== "consent") values[s.name] = s.type === "checkbox" ? fromUrl === "true" : fromUrl;
		}
		return values;
	}
	/** The lead fields the current values make (custom fields under `custom`, consent recorded). */
	leadInput(locale) {
		const lead = {};
		const custom = {};
		for (const s of this.specs) {
			const raw = this.values[s.name];
			if (s.type === "consent") {
				if (raw === true) lead.consent = {
					given: true,
					text: this.labelOf(s, locale),
					at: (/* @__PURE__ */ new Date()).toISOString()
				};
				continue;
			}
			if (raw === "" || raw === void 0) continue;
			const value = s.type === "number" && typeof raw === "string" ? numberOrText(raw) : raw;
			if (s.standard) lead[leadFieldName(s.name)] = value;
			else custom[s.name] = value;
		}
		if (Object.keys(custom).length) lead.custom = custom;
		return lead;
	}
	/** Validates the current values with the model's schema; issues by form field name. */
	validate(locale) {
		const issues = {};
		for (const s of this.specs) {
			const v = this.values[s.name];
			if (s.required && (v === "" || v === false || v === void 0)) issues[s.name] = fieldMessage(locale, "required");
			else if (s.type === "number" && typeof v === "string" && v.trim() && Number.isNaN(typedNumber(v))) issues[s.name] = fieldMessage(locale, "number");
		}
		try {
			const lead = parseInput(submittedLeadSchema, this.leadInput(locale));
			return {
				lead: Object.keys(issues).length ? void 0 : lead,
				issues
			};
		} catch (error) {
			if (!(error instanceof ValidationError)) throw error;
			this.mapIssues(error.issues, issues, locale);
			return { issues };
		}
	}
	mapIssues(list, into, locale) {
		for (const issue of list) {
			const [head, sub] = issue.path.replace(/^lead\./, "").split(".");
			const name = head === "custom" ? sub : head === "description" ? "message" : head;
			const spec = this.specs.find((s) => s.name === name);
			into[spec ? spec.name : "email"] ??= fieldMessage(locale, issue.code === "invalid_type" && spec?.type === "number" ? "number" : issue.code);
		}
	}
	handleInput(spec, value) {
		this.values = {
			...this.values,
			[spec.name]: value
		};
		this.submissionId = void 0;
		if (this.attempted || this.touched.has(spec.name)) this.issues = this.validate(resolveLocale(this)).issues;
	}
	handleBlur(spec) {
		if (this.values[spec.name] === "" && !this.attempted) return;
		this.touched = new Set(this.touched).add(spec.name);
		this.issues = this.validate(resolveLocale(this)).issues;
	}
	focusField(event, name) {
		event.preventDefault();
		this.renderRoot.querySelector(`#${this.idPrefix}-${name}`)?.focus();
	}
	async handleSubmit(event) {
		event.preventDefault();
		if (this.submitting) return;
		const locale = resolveLocale(this);
		this.attempted = true;
		this.formError = void 0;
		const { lead, issues } = this.validate(locale);
		this.issues = issues;
		if (!lead) {
			await this.updateComplete;
			const first = this.specs.find((s) => issues[s.name]);
			if (first) this.renderRoot.querySelector(`#${this.idPrefix}-${first.name}`)?.focus();
			return;
		}
		this.submissionId ??= newId();
		const submissionId = this.submissionId;
		const campaignId = this.campaign.trim();
		if (this.values.__hp || performance.now() - this.shownAt < this.minFillSeconds * 1e3) {
			this.succeed(lead);
			return;
		}
		if (!this.dispatchEvent(new LeadSubmitEvent({
			values: lead,
			campaignId,
			status: this.status,
			submissionId
		}))) return;
		this.submitting = true;
		try {
			const captchaToken = this.captcha ? await this.captcha() : void 0;
			const submission = {
				submissionId,
				campaignId,
				status: this.status || void 0,
				source: this.leadSource,
				lead: {
					...lead,
					source: lead.source ?? this.leadSource,
					attribution: attributionFrom(location.href, document.referrer)
				},
				...captchaToken ? { captchaToken } : {}
			};
			const result = await this.adapters.adapter.submitLead(submission);
			this.dispatchEvent(new LeadSubmittedEvent({
				submissionId,
				person: result.person,
				matched: result.matched,
				memberId: result.memberId,
				campaignId
			}));
			if (this.successUrl) {
				location.assign(this.successUrl);
				return;
			}
			this.succeed(lead);
		} catch (error) {
			this.submitting = false;
			if (error instanceof QueuedError) {
				this.queued = error.durable ? "durable" : "memory";
				this.dispatchEvent(new LeadSubmitQueuedEvent({
					submissionId,
					campaignId,
					durable: error.durable
				}));
				this.succeed(lead);
				return;
			}
			if (error instanceof ValidationError && error.issues.some((i) => i.path.startsWith("lead."))) {
				const issues = {};
				this.mapIssues(error.issues, issues, locale);
				this.issues = issues;
			} else if (error instanceof NotFoundError && error.entity === "campaign") this.formError = msg(locale, "form.campaign-not-found");
			else this.formError = msg(locale, "form.failed");
			this.dispatchEvent(new LeadSubmitErrorEvent({
				error,
				submissionId
			}));
			await this.updateComplete;
			this.renderRoot.querySelector("[role=alert]")?.focus();
		} finally {
			this.submitting = false;
		}
	}
	async succeed(lead) {
		this.successName = lead.firstName ?? "";
		this.succeeded = true;
		await this.updateComplete;
		this.renderRoot.querySelector(".success")?.focus();
	}
};
__decorate([n$1({ reflect: true })], LeadForm.prototype, "campaign", void 0);
__decorate([n$1({ reflect: true })], LeadForm.prototype, "status", void 0);
__decorate([n$1({
	attribute: "lead-source",
	reflect: true
})], LeadForm.prototype, "leadSource", void 0);
__decorate([n$1({ reflect: true })], LeadForm.prototype, "fields", void 0);
__decorate([n$1({ reflect: true })], LeadForm.prototype, "layout", void 0);
__decorate([n$1({
	attribute: "success-url",
	reflect: true
})], LeadForm.prototype, "successUrl", void 0);
__decorate([n$1({
	attribute: "submit-label",
	reflect: true
})], LeadForm.prototype, "submitLabel", void 0);
__decorate([n$1({
	type: Boolean,
	reflect: true
})], LeadForm.prototype, "prefill", void 0);
__decorate([n$1({
	type: Number,
	attribute: "min-fill-seconds",
	reflect: true
})], LeadForm.prototype, "minFillSeconds", void 0);
__decorate([n$1({ attribute: false })], LeadForm.prototype, "captcha", void 0);
__decorate([r$2()], LeadForm.prototype, "values", void 0);
__decorate([r$2()], LeadForm.prototype, "issues", void 0);
__decorate([r$2()], LeadForm.prototype, "touched", void 0);
__decorate([r$2()], LeadForm.prototype, "attempted", void 0);
__decorate([r$2()], LeadForm.prototype, "submitting", void 0);
__decorate([r$2()], LeadForm.prototype, "formError", void 0);
__decorate([r$2()], LeadForm.prototype, "succeeded", void 0);
__decorate([r$2()], LeadForm.prototype, "successName", void 0);
__decorate([r$2()], LeadForm.prototype, "queued", void 0);
__decorate([r$2()], LeadForm.prototype, "specs", void 0);
/** A typed number, or the text as typed when it is none (the schema then reports it). */
function numberOrText(raw) {
	const n = typedNumber(raw);
	return n === void 0 || Number.isNaN(n) ? raw : n;
}
// src/components/lead-form/lead-field.ts
/**
* Declares one field of the `<lead-form>` it is placed in, in order, without script: a standard
* lead field (`name="phone"`), a custom field (`name="budget" type="select" options="…"`), a
* hidden value, or the consent checkbox (`type="consent"`, its text as `label`). Renders nothing.
*
* @summary A field declaration for `<lead-form>`.
* @tagname lead-field
*/
var LeadField = class extends i$3 {
	constructor(..._args) {
		super(..._args);
		this.name = "";
		this.required = false;
	}
	createRenderRoot() {
		return this;
	}
	connectedCallback() {
		super.connectedCallback();
		this.hidden = true;
	}
	updated() {
		this.dispatchEvent(new Event("lead-field-change", { bubbles: true }));
	}
};
__decorate([n$1({ reflect: true })], LeadField.prototype, "name", void 0);
__decorate([n$1({ reflect: true })], LeadField.prototype, "type", void 0);
__decorate([n$1({ reflect: true })], LeadField.prototype, "label", void 0);
__decorate([n$1({
	type: Boolean,
	reflect: true
})], LeadField.prototype, "required", void 0);
__decorate([n$1({ reflect: true })], LeadField.prototype, "options", void 0);
__decorate([n$1({ reflect: true })], LeadField.prototype, "value", void 0);
__decorate([n$1({ reflect: true })], LeadField.prototype, "placeholder", void 0);
// src/define/lead-form.ts
/** `lead-kit/define/lead-form`: registers `<lead-field>`, `<lead-form>` (once per page) and exports the classes. */
defineElement("lead-field", LeadField);
defineElement("lead-form", LeadForm);
// src/i18n/messages/en-components.ts
/**
* English strings of the elements other than <lead-form> (member list, import, tracker, wizard,
* summary, statuses): registered by those elements' modules, so a landing page with only a form
* does not download them.
*/
var enComponents = {
	"adapter.provided": "Data from the page’s provider: {name}",
	"adapter.default": "Data stored in this browser: {name}",
	"inspector.campaign": "Campaign",
	"inspector.members": "Members",
	"inspector.by-status": "By status",
	"wizard.title": "Convert lead",
	"wizard.step": "Step {n} of {total}",
	"wizard.steps.account": "Account",
	"wizard.steps.contact": "Contact",
	"wizard.steps.opportunity": "Opportunity",
	"wizard.steps.review": "Review",
	"wizard.account.new": "Create a new account",
	"wizard.account.name": "Account name",
	"wizard.account.existing": "Use an existing account",
	"wizard.account.suggested": "Likely matches",
	"wizard.account.search": "Search accounts",
	"wizard.account.none": "No matching accounts.",
	"wizard.contact.new": "Create a new contact",
	"wizard.contact.merge": "Merge into the existing contact {name}",
	"wizard.contact.fills": "Empty fields that will be filled: {fields}",
	"wizard.contact.nothing": "Nothing to fill: the contact keeps all its values.",
	"wizard.opp.create": "Create an opportunity",
	"wizard.opp.name": "Opportunity name",
	"wizard.opp.amount": "Amount",
	"wizard.opp.close": "Close date",
	"wizard.opp.stage": "Stage",
	"wizard.opp.campaign": "Primary campaign source",
	"wizard.opp.no-campaign": "None",
	"wizard.review.account-new": "Create account “{name}”",
	"wizard.review.account-existing": "Use account “{name}”",
	"wizard.review.contact-new": "Create contact {name}",
	"wizard.review.contact-merge": "Update contact {name}",
	"wizard.review.opp": "Create opportunity “{name}”",
	"wizard.review.no-opp": "No opportunity",
	"wizard.review.lead": "Mark the lead as Converted, with links to these records",
	"wizard.review.memberships": "Move {count, plural, one {# campaign membership} other {# campaign memberships}} to the contact",
	"wizard.review.carried": "Custom fields carried over: {fields}",
	"wizard.review.dropped": "Custom fields that will be dropped (no mapping): {fields}",
	"wizard.back": "Back",
	"wizard.next": "Next",
	"wizard.convert": "Convert",
	"wizard.converting": "Converting…",
	"wizard.review.opp-details": "{amount} · {stage} · closes {date}",
	"wizard.review.no-amount": "No amount: the opportunity counts as 0 in the campaign's pipeline until one is added.",
	"wizard.done-records": "Created and linked:",
	"wizard.account.created": "created {date}",
	"wizard.done": "The lead was converted.",
	"wizard.already": "This lead was already converted.",
	"wizard.failed": "The conversion failed and nothing was changed.",
	"wizard.not-found": "This lead was not found.",
	"wizard.choose-account": "Choose an account.",
	"stage.prospecting": "Prospecting",
	"stage.qualification": "Qualification",
	"stage.needs-analysis": "Needs analysis",
	"stage.proposal": "Proposal",
	"stage.negotiation": "Negotiation",
	"stage.closed-won": "Closed won",
	"stage.closed-lost": "Closed lost",
	"summary.members": "Members",
	"summary.leads": "Leads",
	"summary.converted": "Converted leads",
	"summary.contacts": "Contacts",
	"summary.responses": "Responses",
	"summary.response-rate": "Response rate",
	"summary.opportunities": "Opportunities",
	"summary.won": "Won opportunities",
	"summary.pipeline": "Pipeline value",
	"summary.won-amount": "Won value",
	"summary.budgeted": "Budgeted cost",
	"summary.actual": "Actual cost",
	"summary.cpl": "Cost per lead",
	"summary.cpr": "Cost per response",
	"summary.cpo": "Cost per opportunity",
	"summary.roi": "ROI",
	"summary.expected-revenue": "Expected revenue",
	"summary.expected-response": "Expected response",
	"summary.by-status": "Members by status",
	"summary.this": "This campaign",
	"summary.subtree": "With {count, plural, one {# sub-campaign} other {# sub-campaigns}}",
	"summary.na": "n/a",
	"summary.campaign": "Campaign",
	"summary.compare": "Campaign comparison",
	"summary.chart": "{figure} by campaign",
	"summary.save-costs": "Save costs",
	"summary.saved": "Costs saved.",
	"cap.leads": "Leads on the campaign, converted ones included",
	"cap.response-rate": "Responses ÷ members",
	"cap.pipeline": "Sum of amounts of opportunities crediting this campaign",
	"cap.won-amount": "Sum of amounts of won opportunities crediting this campaign",
	"cap.cpl": "Actual cost ÷ leads",
	"cap.cpr": "Actual cost ÷ responses",
	"cap.cpo": "Actual cost ÷ opportunities",
	"cap.roi": "(Won value − actual cost) ÷ actual cost",
	"cap.expected": "Actual: {actual}",
	"cap.members": "Leads and contacts on the campaign",
	"status.sent": "Sent",
	"status.responded": "Responded",
	"status.invited": "Invited",
	"status.registered": "Registered",
	"status.attended": "Attended",
	"status.no-show": "No-show",
	"list.title": "Campaign members",
	"list.grid": "Members of {campaign}",
	"list.total": "Members: {count}",
	"list.matching": "Matching: {count}",
	"list.all": "All",
	"list.by-status": "Filter by status",
	"list.search": "Search members",
	"list.search-hint": "Name, email or company",
	"list.type": "Type",
	"list.type-all": "Leads and contacts",
	"list.type-leads": "Leads",
	"list.type-contacts": "Contacts",
	"list.lead": "Lead",
	"list.contact": "Contact",
	"col.name": "Name",
	"col.type": "Type",
	"col.company": "Company",
	"col.email": "Email",
	"col.status": "Status",
	"col.responded": "Responded",
	"col.first-responded": "First responded",
	"col.added": "Added",
	"list.yes": "Yes",
	"list.no": "No",
	"list.select-row": "Select {name}",
	"list.select-all": "Select all matching ({count})",
	"list.selected": "Selected: {count}",
	"list.clear-selection": "Clear selection",
	"list.set-status": "Set status",
	"list.apply": "Apply",
	"list.remove": "Remove from campaign",
	"list.remove-confirm": "Remove {count, plural, one {# member} other {# members}} from the campaign? The leads and contacts themselves are kept.",
	"list.cancel": "Cancel",
	"list.add": "Add members",
	"list.add-search": "Find leads and contacts",
	"list.add-status": "Status of the added members",
	"list.add-none": "No leads or contacts match.",
	"list.add-confirm": "Add selected ({count})",
	"list.added": "Added to the campaign: {count}",
	"list.removed": "Removed from the campaign: {count}",
	"list.updated": "Status set to {status}: {count}",
	"list.conflict": "Someone else changed these members in the meantime, so nothing was saved for them. The list now shows the latest data; check it and try again.",
	"list.partial": "Done for {done} of {total}. The others were changed by someone else in the meantime and were left as they are.",
	"list.failed": "The change was not saved: {reason}",
	"list.working": "Working… {done} of {total}",
	"list.view-all": "View all",
	"list.empty": "No one is on this campaign yet.",
	"list.empty-filter": "No members match these filters.",
	"list.clear-filters": "Clear filters",
	"list.loading-more": "Loading more…",
	"list.status-of": "Status of {name}",
	"list.columns": "Columns",
	"list.move-up": "Move {column} up",
	"list.move-down": "Move {column} down",
	"list.export": "Export CSV",
	"list.exported": "Exported: {count}",
	"list.import": "Import CSV",
	"list.close": "Close",
	"list.no-name": "(no name)",
	"import.title": "Import leads from a CSV file",
	"import.file": "CSV file",
	"import.file-hint": "Up to {limit} MB. The first row holds the column names.",
	"import.encoding": "Encoding (when the file has no BOM)",
	"import.enc-cyrillic": "Windows-1251 (Cyrillic)",
	"import.enc-western": "Windows-1252 (Western European)",
	"import.enc-central": "ISO-8859-2 (Central European)",
	"import.delimiter": "Separator",
	"import.delim-auto": "Detect",
	"import.delim-comma": "Comma (,)",
	"import.delim-semicolon": "Semicolon (;)",
	"import.delim-tab": "Tab",
	"import.too-large": "The file is larger than {limit} MB. Split it into smaller files.",
	"import.unreadable": "The file could not be read as CSV.",
	"import.no-rows": "The file has no rows below the column names.",
	"import.mapping": "Match the columns to lead fields",
	"import.column": "Column in the file",
	"import.sample": "First value",
	"import.field": "Import as",
	"import.skip": "Do not import",
	"import.need-email": "Match one column to Email: people are recognised by their email address.",
	"import.preview": "Preview",
	"import.rows": "Rows in the file: {count}",
	"import.status": "Member status",
	"import.start": "Import {count} rows",
	"import.progress": "Imported {done} of {total} rows",
	"import.done": "Import finished: {created} new leads, {matched} matched to people already in your records, {members} added to the campaign.",
	"import.errors": "Rows not imported: {count}",
	"import.row": "Row {row}",
	"import.download-errors": "Download the rows with errors (CSV)",
	"import.error-column": "Error",
	"import.back": "Back",
	"import.stop": "Stop",
	"import.stopped": "The import was stopped. Rows before that point were imported.",
	"import.another": "Import another file",
	"att.title": "Check-in",
	"att.search": "Search or scan a badge",
	"att.search-hint": "Name, email or company; a scanner types the badge code and Enter",
	"att.expected": "Registered",
	"att.checked-in": "Checked in",
	"att.not-arrived": "Not yet arrived",
	"att.walk-ins": "Walk-ins",
	"att.rate": "Attendance rate",
	"att.only-not-arrived": "Show only people not yet arrived",
	"att.results": "Results: {count}",
	"att.no-results": "No one on the list matches. Register a walk-in?",
	"att.check-in": "Check in",
	"att.check-in-name": "Check in {name}",
	"att.arrived-at": "Arrived {time}",
	"att.done": "{name} is checked in ({time}).",
	"att.already": "{name} was already checked in at {time}. Not counted twice.",
	"att.undo": "Undo",
	"att.undone": "Check-in of {name} undone.",
	"att.unknown-code": "Code {code} is not on this event’s list.",
	"att.pending": "Saved on this device: {name} ({time}). It will be sent when the connection is back.",
	"att.pending-title": "Waiting to sync: {count}",
	"att.pending-badge": "Pending",
	"att.sync-now": "Send now",
	"att.synced": "Sent: {count}",
	"att.failed": "Could not be applied: {reason}",
	"att.dismiss": "Dismiss",
	"att.offline": "Offline: check-ins are kept on this device.",
	"att.walk-in": "Register a walk-in",
	"att.walk-in-submit": "Register and check in",
	"att.walk-in-found": "{name} was already on the list: checked in.",
	"att.close": "Close the event",
	"att.close-confirm": "Mark the {count} people who have not arrived as {status}? Statuses can still be edited afterwards.",
	"att.close-confirm-button": "Mark as {status}",
	"att.closed": "Marked as {status}: {count}.",
	"att.no-statuses": "This campaign’s statuses cannot record attendance (it needs Attended and No-show).",
	"att.add-statuses": "Add the event statuses (Invited, Registered, Attended, No-show)",
	"att.camera": "Scan with the camera",
	"att.camera-stop": "Stop the camera",
	"att.camera-error": "The camera could not be started.",
	"att.more": "Showing {shown} of {count}; type to narrow down."
};
// src/i18n/english-components.ts
var added = false;
/**
* Adds the English strings of the elements beyond <lead-form>; each of their modules calls it
* when it loads (a call, not a side-effect import, so bundlers that trust package.json
* `sideEffects` keep it), so a page with only a form carries only the form's strings.
*/
function addComponentStrings() {
	if (added) return;
	added = true;
	addEnglish(enComponents);
}
// node_modules/@lit/task/task.js
/**
* @license
* Copyright 2017 Google LLC
* SPDX-License-Identifier: BSD-3-Clause
*/ var s = {
	INITIAL: 0,
	PENDING: 1,
	COMPLETE: 2,
	ERROR: 3
};
var i = Symbol();
var h = class {
	get taskComplete() {
		return this.t || (1 === this.i ? this.t = new Promise(((t, s) => {
			this.o = t, this.h = s;
		})) : 3 === this.i ? this.t = Promise.reject(this.l) : this.t = Promise.resolve(this.u)), this.t;
	}
	constructor(t, s, i) {
		this.p = 0, this.i = 0, (this._ = t).addController(this);
		const h = "object" == typeof s ? s : {
			task: s,
			args: i
		};
		this.v = h.task, this.j = h.args, this.m = h.argsEqual ?? r, this.k = h.onComplete, this.A = h.onError, this.autoRun = h.autoRun ?? !0, "initialValue" in h && (this.u = h.initialValue, this.i = 2, this.O = this.T?.());
	}
	hostUpdate() {
		!0 === this.autoRun && this.S();
	}
	hostUpdated() {
		"afterUpdate" === this.autoRun && this.S();
	}
	T() {
		if (void 0 === this.j) return;
		const t = this.j();
		if (!Array.isArray(t)) throw Error("The args function must return an array");
		return t;
	}
	async S() {
		const t = this.T(), s = this.O;
		this.O = t, t === s || void 0 === t || void 0 !== s && this.m(s, t) || await this.run(t);
	}
	async run(t) {
		let s, h;
		t ??= this.T(), this.O = t, 1 === this.i ? this.q?.abort() : (this.t = void 0, this.o = void 0, this.h = void 0), this.i = 1, "afterUpdate" === this.autoRun ? queueMicrotask((() => this._.requestUpdate())) : this._.requestUpdate();
		const r = ++this.p;
		this.q = new AbortController();
		let e = !1;
		try {
			s = await this.v(t, { signal: this.q.signal });
		} catch (t) {
			e = !0, h = t;
		}
		if (this.p === r) {
			if (s === i) this.i = 0;
			else {
				if (!1 === e) {
					try {
						this.k?.(s);
					} catch {}
					this.i = 2, this.o?.(s);
				} else {
					try {
						this.A?.(h);
					} catch {}
					this.i = 3, this.h?.(h);
				}
				this.u = s, this.l = h;
			}
			this._.requestUpdate();
		}
	}
	abort(t) {
		1 === this.i && this.q?.abort(t);
	}
	get value() {
		return this.u;
	}
	get error() {
		return this.l;
	}
	get status() {
		return this.i;
	}
	render(t) {
		switch (this.i) {
			case 0: return t.initial?.();
			case 1: return t.pending?.();
			case 2: return t.complete?.(this.value);
			case 3: return t.error?.(this.error);
			default: throw Error("Unexpected status: " + this.i);
		}
	}
};
var r = (s, i) => s === i || s.length === i.length && s.every(((s, h) => !f$2(s, i[h])));
// src/controllers/query-controller.ts
/**
* An adapter query for an element, on Lit's `Task`: runs on first update, when its args or the
* adapter change (the task aborts the previous run's `AbortSignal`), and when the adapter
* announces a change the query `affects`. Keeps the last value while refreshing, so a live list
* does not flash back to "loading"; maps the task to the four states elements show.
*/
var QueryController = class {
	constructor(host, adapters, options) {
		this.adapters = adapters;
		this.options = options;
		this.interrupted = false;
		this.task = new h(host, {
			args: () => [adapters.adapter, ...options.args()],
			task: ([adapter, ...args], { signal }) => {
				const own = args;
				if (options.enabled && !options.enabled(own)) return i;
				return options.run(adapter, own, signal);
			}
		});
		host.addController(this);
	}
	/** The state to show. */
	get status() {
		const { status, value } = this.task;
		if (status === s.ERROR) return "error";
		if (status === s.INITIAL || value === void 0) return "loading";
		return (this.options.isEmpty ? this.options.isEmpty(value) : value == null || Array.isArray(value) && value.length === 0) ? "empty" : "ready";
	}
	/** The last value read (kept while a refresh runs). */
	get value() {
		return this.task.value;
	}
	/** Why the last run failed. */
	get error() {
		return this.task.error;
	}
	hostConnected() {
		this.removeListener = this.adapters.onChange((e) => {
			if (this.task.status === s.INITIAL) return;
			if (this.options.affects?.(e, this.options.args()) ?? true) this.refresh();
		});
		if (this.interrupted) {
			this.interrupted = false;
			this.refresh();
		}
	}
	hostDisconnected() {
		this.removeListener?.();
		if (this.task.status === s.PENDING) {
			this.interrupted = true;
			this.task.abort();
		}
	}
	/** Runs the query again now (also after an error, for a "Try again" button). */
	refresh() {
		return this.task.run();
	}
	/** Picks the template for the current state. */
	render(views) {
		switch (this.status) {
			case "loading": return views.loading();
			case "empty": return views.empty();
			case "error": return views.error(this.error);
			default: return views.ready(this.value);
		}
	}
};
// src/styles/states.ts
/**
* The states every data-driven element shows, drawn the same way everywhere (styles in
* controls.ts, `.state-box`): loading (polite status), empty (a sentence and, when there is one,
* the action that fills it), error (an alert with "Try again").
*/
/** While the data is on the way. */
function renderLoading(locale) {
	return b`<div class="state-box loading" role="status"><span class="spinner" aria-hidden="true"></span><p>${msg(locale, "state.loading")}</p></div>`;
}
/** The adapter could not answer: what happened, and "Try again". */
function renderError(locale, error, retry, message) {
	return b`<div class="state-box error" role="alert">
    <p>${message ?? errorMessage(locale, error)}</p>
    <button class="secondary" @click=${retry}>${msg(locale, "action.retry")}</button>
  </div>`;
}
/** Nothing to show yet, and the actions that change that. */
function renderEmpty(message, actions = A) {
	return b`<div class="state-box empty"><p>${message}</p>${actions === A ? A : b`<div class="state-actions">${actions}</div>`}</div>`;
}
// src/components/lead-convert-wizard/lead-convert-wizard.events.ts
/** Fired before the conversion is performed; `preventDefault()` stops it. */
var LeadConvertEvent = class LeadConvertEvent extends Event {
	static {
		this.type = "lead-convert";
	}
	constructor(detail) {
		super(LeadConvertEvent.type, {
			bubbles: true,
			composed: true,
			cancelable: true
		});
		this.detail = detail;
	}
};
/** Fired after the lead was converted. */
var LeadConvertedEvent = class LeadConvertedEvent extends Event {
	static {
		this.type = "lead-converted";
	}
	constructor(detail) {
		super(LeadConvertedEvent.type, {
			bubbles: true,
			composed: true
		});
		this.detail = detail;
	}
};
/** Fired when the conversion failed; nothing was written. */
var LeadConvertErrorEvent = class LeadConvertErrorEvent extends Event {
	static {
		this.type = "lead-convert-error";
	}
	constructor(detail) {
		super(LeadConvertErrorEvent.type, {
			bubbles: true,
			composed: true
		});
		this.detail = detail;
	}
};
// src/components/lead-convert-wizard/lead-convert-wizard.styles.ts
var styles$3 = [
	tokens,
	controls,
	i$6`
    :host {
      display: block;
      line-height: 1.45;
    }
    .wizard {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.25);
    }
    .title {
      margin: 0 0 var(--_space);
      font-size: 1.25rem;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
      color: var(--_muted);
    }
    .steps li {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    .steps .num {
      display: inline-grid;
      place-items: center;
      width: 1.6rem;
      height: 1.6rem;
      border-radius: 50%;
      border: 2px solid var(--_border);
      font-size: 0.85rem;
      font-weight: 600;
    }
    .steps .current {
      color: var(--_text);
      font-weight: 600;
    }
    .steps .current .num {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .steps .done .num {
      border-color: var(--_accent);
      color: var(--_accent);
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .step {
      margin-bottom: var(--_space);
    }
    .step-heading:focus {
      outline: none; /* focused so screen readers announce the step; not a control */
    }
    .step-heading {
      margin: 0 0 0.75rem;
      font-size: 1.05rem;
      width: fit-content;
    }
    .choice {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      min-height: 44px;
    }
    .choice input {
      width: 1.2rem;
      height: 1.2rem;
      margin: 0;
      accent-color: var(--_accent);
      flex: none;
    }
    .indent {
      margin-inline-start: 1.8rem;
    }
    .field {
      display: grid;
      gap: 0.3rem;
      margin-bottom: 0.75rem;
    }
    .grid {
      display: grid;
      gap: 0 1rem;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .grid .wide {
      grid-column: 1 / -1;
    }
    label {
      font-weight: 500;
    }
    .field label {
      font-weight: 600;
      font-size: 0.95rem;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.9rem;
      margin: 0.25rem 0 0.5rem;
    }
    .review {
      margin: 0;
      padding-inline-start: 1.2rem;
      display: grid;
      gap: 0.4rem;
    }
    .review .warn {
      color: var(--_danger);
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      justify-content: flex-end;
    }
    button {
      min-width: 7rem;
    }
    .error {
      color: var(--_danger);
    }
    .result {
      margin: 0;
      padding: var(--_space);
      border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
      border-radius: var(--_radius);
    }
  `
];
// src/components/lead-convert-wizard/lead-convert-wizard.ts
init_errors$1();
init_capture();
init_conversion$1();
init_common();
init_opportunity();
init_members();
addComponentStrings();
var STEPS = [
	"account",
	"contact",
	"opportunity",
	"review"
];
var CONTACT_FIELDS = [
	"firstName",
	"lastName",
	"email",
	"phone",
	"title",
	"country"
];
/**
* Converts a qualified lead into a contact under a new or existing account, optionally with an
* opportunity, in one atomic adapter call that keeps the lead's campaign history. Steps:
* account, contact, opportunity, review; `compact` shows them on one page.
*
* @summary Lead conversion wizard.
* @tagname lead-convert-wizard
*
* @csspart steps - The step indicator.
* @csspart step-heading - Each step's heading (focused when the step opens).
* @csspart button - Back, Next and Convert buttons.
* @csspart review - The review summary.
* @csspart result - The message after conversion, with what was created.
* @csspart record-link - Each created record's link (with `record-href`).
*
* @cssprop --lead-kit-color-accent - Current step, primary button, focus ring.
* @cssprop --lead-kit-color-surface - Background.
* @cssprop --lead-kit-color-border - Borders.
* @cssprop --lead-kit-color-text - Text color.
* @cssprop --lead-kit-color-muted - Secondary text.
* @cssprop --lead-kit-color-danger - Error text.
* @cssprop --lead-kit-radius - Corner radius.
*
* @fires {LeadConvertEvent} lead-convert - Before converting; cancelable. `detail: { input }` (what will be performed).
* @fires {LeadConvertedEvent} lead-converted - After the conversion. `detail: { result }` (ids of everything created or updated).
* @fires {LeadConvertErrorEvent} lead-convert-error - When the conversion failed; nothing was written. `detail: { error }`.
*/
var LeadConvertWizard = class extends LocalizedElement {
	constructor(..._args) {
		super(..._args);
		this.lead = "";
		this.compact = false;
		this.customFieldMap = {};
		this.step = "account";
		this.accountMode = "new";
		this.accountName = "";
		this.accountQuery = "";
		this.accountResults = [];
		this.withOpportunity = true;
		this.oppName = "";
		this.oppAmount = "";
		this.oppClose = "";
		this.oppStage = "prospecting";
		this.oppCampaign = "";
		this.converting = false;
		this.adapters = new AdapterController(this);
		this.context = new QueryController(this, this.adapters, {
			args: () => [this.lead],
			enabled: ([lead]) => !!lead,
			run: (adapter, [lead], signal) => adapter.conversionContext(lead, { signal }),
			affects: (e, [lead]) => !!e.ids?.includes(lead) || e.ids === void 0
		});
		this.idPrefix = `cw-${Math.random().toString(36).slice(2, 8)}`;
		this.handleAccountSearch = async (e) => {
			this.accountQuery = e.target.value;
			const query = this.accountQuery;
			const results = await this.adapters.adapter.searchAccounts(query);
			if (query === this.accountQuery) this.accountResults = results;
		};
		this.handleBack = () => void this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]);
	}
	static {
		this.styles = styles$3;
	}
	willUpdate(changed) {
		const ctx = this.context.value;
		if (ctx && this.initializedFor !== ctx.lead.id) this.applyDefaults(ctx);
		if (changed.has("lead") && this.initializedFor && this.initializedFor !== this.lead) this.result = void 0;
	}
	render() {
		if (!this.lead) return A;
		const locale = this.activeLocale;
		return b`<section class="wizard" aria-labelledby="${this.idPrefix}-title">
      <h2 id="${this.idPrefix}-title" class="title">${msg(locale, "wizard.title")}</h2>
      ${this.context.render({
			loading: () => renderLoading(locale),
			empty: () => b`<p role="alert">${msg(locale, "wizard.not-found")}</p>`,
			error: (e) => renderError(locale, e, () => void this.context.refresh(), e?.code === "not-found" ? msg(locale, "wizard.not-found") : void 0),
			ready: (ctx) => this.renderReady(ctx, locale)
		})}
    </section>`;
	}
	renderReady(ctx, locale) {
		if (this.result) return this.renderResult(locale);
		if (ctx.lead.status === "converted") return b`<p part="result" class="result" role="status">${msg(locale, "wizard.already")}</p>`;
		const steps = this.compact ? STEPS : [this.step];
		const index = STEPS.indexOf(this.step);
		return b`
      ${this.compact ? A : this.renderStepIndicator(locale, index)}
      <form @submit=${(e) => this.handleNext(e, ctx)} novalidate>
        ${steps.map((s) => this.renderStep(s, ctx, locale))}
        ${this.stepError ? b`<p class="error" role="alert">${this.stepError}</p>` : A}
        ${this.failure ? b`<p class="error" role="alert">${this.failure}</p>` : A}
        <div class="actions">
          ${!this.compact && index > 0 ? b`<button part="button" type="button" class="secondary" @click=${this.handleBack}>${msg(locale, "wizard.back")}</button>` : A}
          <button part="button" type="submit" ?disabled=${this.converting} aria-busy=${this.converting ? "true" : "false"}>
            ${this.step === "review" || this.compact ? msg(locale, this.converting ? "wizard.converting" : "wizard.convert") : msg(locale, "wizard.next")}
          </button>
        </div>
      </form>
    `;
	}
	renderStepIndicator(locale, index) {
		return b`<ol part="steps" class="steps">
      ${STEPS.map((s, i) => b`<li class=${i === index ? "current" : i < index ? "done" : ""} aria-current=${i === index ? "step" : "false"}>
          <span class="num" aria-hidden="true">${i + 1}</span> ${msg(locale, `wizard.steps.${s}`)}
        </li>`)}
    </ol>
    <p class="visually-hidden">${msg(locale, "wizard.step", {
			n: index + 1,
			total: STEPS.length
		})}</p>`;
	}
	heading(step, locale) {
		return b`<h3 part="step-heading" class="step-heading" tabindex="-1" id="${this.idPrefix}-${step}">${msg(locale, `wizard.steps.${step}`)}</h3>`;
	}
	renderStep(step, ctx, locale) {
		switch (step) {
			case "account": return this.renderAccount(ctx, locale);
			case "contact": return this.renderContact(ctx, locale);
			case "opportunity": return this.renderOpportunity(ctx, locale);
			default: return this.renderReview(ctx, locale);
		}
	}
	renderAccount(ctx, locale) {
		const id = this.idPrefix;
		const choices = [...ctx.suggestedAccounts, ...this.accountResults.filter((a) => !ctx.suggestedAccounts.some((s) => s.id === a.id))];
		return b`<fieldset class="step">
      <legend class="visually-hidden">${msg(locale, "wizard.steps.account")}</legend>
      ${this.heading("account", locale)}
      <div class="choice">
        <input type="radio" id="${id}-acc-new" name="account" .checked=${this.accountMode === "new"} @change=${() => this.accountMode = "new"} />
        <label for="${id}-acc-new">${msg(locale, "wizard.account.new")}</label>
      </div>
      ${this.accountMode === "new" ? b`<div class="field indent">
            <label for="${id}-acc-name">${msg(locale, "wizard.account.name")}</label>
            <input id="${id}-acc-name" .value=${this.accountName} @input=${(e) => this.accountName = e.target.value} />
          </div>` : A}
      <div class="choice">
        <input type="radio" id="${id}-acc-existing" name="account" .checked=${this.accountMode === "existing"} @change=${() => this.accountMode = "existing"} />
        <label for="${id}-acc-existing">${msg(locale, "wizard.account.existing")}</label>
      </div>
      ${this.accountMode === "existing" ? b`<div class="indent">
            <div class="field">
              <label for="${id}-acc-search">${msg(locale, "wizard.account.search")}</label>
              <input id="${id}-acc-search" type="search" .value=${this.accountQuery} @input=${this.handleAccountSearch} />
            </div>
            ${ctx.suggestedAccounts.length ? b`<p class="hint">${msg(locale, "wizard.account.suggested")}</p>` : A}
            ${choices.length ? b`<div role="radiogroup" aria-label=${msg(locale, "wizard.account.existing")}>
                  ${choices.map((a) => b`<div class="choice">
                      <input type="radio" id="${id}-acc-${a.id}" name="account-id" .checked=${this.accountId === a.id} @change=${() => this.accountId = a.id} />
                      <label for="${id}-acc-${a.id}">${a.name} <span class="hint">${this.accountDetails(a, locale)}</span></label>
                    </div>`)}
                </div>` : b`<p class="hint">${msg(locale, "wizard.account.none")}</p>`}
          </div>` : A}
    </fieldset>`;
	}
	renderContact(ctx, locale) {
		const id = this.idPrefix;
		return b`<fieldset class="step">
      <legend class="visually-hidden">${msg(locale, "wizard.steps.contact")}</legend>
      ${this.heading("contact", locale)}
      <div class="choice">
        <input type="radio" id="${id}-con-new" name="contact" .checked=${!this.contactId} @change=${() => this.contactId = void 0} />
        <label for="${id}-con-new">${msg(locale, "wizard.contact.new")} (${displayName(ctx.lead, locale, this.nameOrder)})</label>
      </div>
      ${ctx.suggestedContacts.map((c) => {
			const fills = this.fieldsToFill(ctx.lead, c);
			return b`<div class="choice">
            <input type="radio" id="${id}-con-${c.id}" name="contact" .checked=${this.contactId === c.id} @change=${() => this.contactId = c.id} />
            <label for="${id}-con-${c.id}">${msg(locale, "wizard.contact.merge", { name: `${displayName(c, locale, this.nameOrder)} <${c.email ?? ""}>` })}</label>
          </div>
          <p class="hint indent">${fills.length ? msg(locale, "wizard.contact.fills", { fields: this.fieldLabels(fills, locale) }) : msg(locale, "wizard.contact.nothing")}</p>`;
		})}
    </fieldset>`;
	}
	renderOpportunity(ctx, locale) {
		const id = this.idPrefix;
		return b`<fieldset class="step">
      <legend class="visually-hidden">${msg(locale, "wizard.steps.opportunity")}</legend>
      ${this.heading("opportunity", locale)}
      <div class="choice">
        <input type="checkbox" id="${id}-opp" .checked=${this.withOpportunity} @change=${(e) => this.withOpportunity = e.target.checked} />
        <label for="${id}-opp">${msg(locale, "wizard.opp.create")}</label>
      </div>
      ${this.withOpportunity ? b`<div class="grid indent">
            <div class="field wide">
              <label for="${id}-opp-name">${msg(locale, "wizard.opp.name")}</label>
              <input id="${id}-opp-name" required .value=${this.oppName} @input=${(e) => this.oppName = e.target.value} />
            </div>
            <div class="field">
              <label for="${id}-opp-amount">${msg(locale, "wizard.opp.amount")}</label>
              <input id="${id}-opp-amount" inputmode="decimal" .value=${this.oppAmount} @input=${(e) => this.oppAmount = e.target.value} />
            </div>
            <div class="field">
              <label for="${id}-opp-close">${msg(locale, "wizard.opp.close")}</label>
              <input id="${id}-opp-close" type="date" required aria-describedby="${id}-opp-close-shown" .value=${this.oppClose} @input=${(e) => this.oppClose = e.target.value} />
              <p class="hint" id="${id}-opp-close-shown">${this.oppClose ? formatDate$1(this.activeLocale, this.oppClose) : ""}</p>
            </div>
            <div class="field">
              <label for="${id}-opp-stage">${msg(locale, "wizard.opp.stage")}</label>
              <select id="${id}-opp-stage" .value=${this.oppStage} @change=${(e) => this.oppStage = e.target.value}>
                ${opportunityStages.map((s) => b`<option value=${s} ?selected=${s === this.oppStage}>${msg(locale, `stage.${s}`)}</option>`)}
              </select>
            </div>
            <div class="field wide">
              <label for="${id}-opp-campaign">${msg(locale, "wizard.opp.campaign")}</label>
              <select id="${id}-opp-campaign" title=${this.campaignLabel(ctx, this.oppCampaign, locale)} .value=${this.oppCampaign} @change=${(e) => this.oppCampaign = e.target.value}>
                <option value="">${msg(locale, "wizard.opp.no-campaign")}</option>
                ${ctx.memberships.map((m) => b`<option value=${m.campaign.id} ?selected=${m.campaign.id === this.oppCampaign}>${this.campaignLabel(ctx, m.campaign.id, locale)}</option>`)}
              </select>
            </div>
          </div>` : A}
    </fieldset>`;
	}
	renderReview(ctx, locale) {
		const account = this.accountMode === "existing" ? this.findAccount(ctx, this.accountId) : void 0;
		const contact = ctx.suggestedContacts.find((c) => c.id === this.contactId);
		const { carried, dropped } = mapCustomFields(ctx.lead.custom, this.customFieldMap);
		return b`<div class="step">
      ${this.heading("review", locale)}
      <ul part="review" class="review">
        <li>${account ? msg(locale, "wizard.review.account-existing", { name: account.name }) : msg(locale, "wizard.review.account-new", { name: this.accountName || ctx.lead.company || displayName(ctx.lead, locale, this.nameOrder) })}</li>
        <li>
          ${contact ? msg(locale, "wizard.review.contact-merge", { name: displayName(contact, locale, this.nameOrder) }) : msg(locale, "wizard.review.contact-new", { name: displayName(ctx.lead, locale, this.nameOrder) })}
          ${contact && this.fieldsToFill(ctx.lead, contact).length ? b`<br /><span class="hint">${msg(locale, "wizard.contact.fills", { fields: this.fieldLabels(this.fieldsToFill(ctx.lead, contact), locale) })}</span>` : A}
        </li>
        <li>
          ${this.withOpportunity ? msg(locale, "wizard.review.opp", { name: this.oppName }) : msg(locale, "wizard.review.no-opp")}
          ${this.withOpportunity ? b`<br /><span class="hint">${this.opportunityDetails(ctx, locale)}</span>` : A}
        </li>
        ${this.withOpportunity && typedNumber(this.oppAmount) === void 0 ? b`<li class="warn">${msg(locale, "wizard.review.no-amount")}</li>` : A}
        <li>${msg(locale, "wizard.review.memberships", { count: ctx.memberships.length })}</li>
        <li>${msg(locale, "wizard.review.lead")}</li>
        ${Object.keys(carried).length ? b`<li>${msg(locale, "wizard.review.carried", { fields: Object.keys(this.customFieldMap).filter((f) => f in (ctx.lead.custom ?? {})).map((f) => `${f} → ${this.customFieldMap[f]}`).join(", ") })}</li>` : A}
        ${dropped.length ? b`<li class="warn">${msg(locale, "wizard.review.dropped", { fields: dropped.join(", ") })}</li>` : A}
      </ul>
    </div>`;
	}
	/** A campaign as the source select names it: its name and the lead's status on it. */
	campaignLabel(ctx, id, locale) {
		const m = ctx.memberships.find((x) => x.campaign.id === id);
		return m ? `${m.campaign.name} (${statusLabel(locale, m.member.status)})` : msg(locale, "wizard.opp.no-campaign");
	}
	/** Amount (in the lead's first campaign currency), stage and close date, as the review shows them. */
	opportunityDetails(ctx, locale) {
		const amount = typedNumber(this.oppAmount);
		const currency = ctx.memberships.find((m) => m.campaign.id === this.oppCampaign)?.campaign.currency ?? "USD";
		return msg(locale, "wizard.review.opp-details", {
			amount: amount === void 0 || Number.isNaN(amount) ? "—" : new Intl.NumberFormat(locale, {
				style: "currency",
				currency
			}).format(amount),
			stage: msg(locale, `stage.${this.oppStage}`),
			date: formatDate$1(this.activeLocale, this.oppClose)
		});
	}
	/** After converting: what was created, as links when `record-href` says where records open. */
	renderResult(locale) {
		const r = this.result;
		const link = (type, id) => {
			const label = msg(locale, `wizard.steps.${type}`);
			const href = this.recordHref?.replace("{type}", type).replace("{id}", encodeURIComponent(id));
			return b`<li>${href ? b`<a part="record-link" href=${href}>${label}</a>` : label}</li>`;
		};
		return b`<div part="result" class="result" role="status" tabindex="-1">
      <p>${msg(locale, "wizard.done")}</p>
      <p>${msg(locale, "wizard.done-records")}</p>
      <ul class="records">
        ${link("account", r.accountId)} ${link("contact", r.contactId)} ${r.opportunityId ? link("opportunity", r.opportunityId) : A}
      </ul>
    </div>`;
	}
	applyDefaults(ctx) {
		this.initializedFor = ctx.lead.id;
		this.step = "account";
		this.accountMode = ctx.suggestedAccounts.length ? "existing" : "new";
		this.accountId = ctx.suggestedAccounts[0]?.id;
		this.accountName = ctx.lead.company ?? "";
		this.contactId = ctx.suggestedContacts[0]?.id;
		this.oppName = ctx.defaultOpportunityName;
		this.oppCampaign = ctx.defaultPrimaryCampaignId ?? "";
		const close = new Date(Date.now() + 2592e6);
		this.oppClose = close.toISOString().slice(0, 10);
		this.failure = void 0;
	}
	/** What tells two accounts of the same name apart: website, country, industry, and when it was created. */
	accountDetails(a, locale) {
		const created = msg(locale, "wizard.account.created", { date: formatDate$1(this.activeLocale, a.createdAt) });
		return [
			a.website,
			a.country,
			a.industry,
			created
		].filter(Boolean).join(" · ");
	}
	findAccount(ctx, id) {
		return [...ctx.suggestedAccounts, ...this.accountResults].find((a) => a.id === id);
	}
	/** Names of the contact's empty fields the lead will fill (the domain's merge rule). */
	/** Field names as the form labels them, in the UI's language. */
	fieldLabels(fields, locale) {
		return fields.map((f) => msg(locale, `form.${f}`)).join(", ");
	}
	fieldsToFill(lead, contact) {
		return Object.keys(fillEmptyFields(contact, lead, CONTACT_FIELDS));
	}
	input(ctx) {
		const amount = typedNumber(this.oppAmount);
		return {
			leadId: ctx.lead.id,
			leadVersion: ctx.lead.version,
			account: this.accountMode === "existing" && this.accountId ? {
				mode: "existing",
				id: this.accountId
			} : {
				mode: "new",
				...this.accountName.trim() ? { name: this.accountName } : {}
			},
			contact: this.contactId ? {
				mode: "existing",
				id: this.contactId
			} : { mode: "new" },
			...this.withOpportunity ? { opportunity: {
				name: this.oppName,
				closeDate: this.oppClose,
				stage: this.oppStage,
				...amount !== void 0 ? { amount } : {},
				...this.oppCampaign ? { primaryCampaignId: this.oppCampaign } : {}
			} } : {},
			customFieldMap: this.customFieldMap
		};
	}
	async goTo(step) {
		this.step = step;
		this.stepError = void 0;
		await this.updateComplete;
		this.renderRoot.querySelector(`#${this.idPrefix}-${step}`)?.focus();
	}
	async handleNext(e, ctx) {
		e.preventDefault();
		const locale = this.activeLocale;
		if ((this.step === "account" || this.compact) && this.accountMode === "existing" && !this.accountId) {
			this.stepError = msg(locale, "wizard.choose-account");
			return;
		}
		if (!this.compact && this.step !== "review") {
			await this.goTo(STEPS[STEPS.indexOf(this.step) + 1]);
			return;
		}
		await this.convert(ctx, locale);
	}
	async convert(ctx, locale) {
		const input = this.input(ctx);
		if (!this.dispatchEvent(new LeadConvertEvent({ input }))) return;
		this.converting = true;
		this.failure = void 0;
		try {
			this.result = await this.adapters.adapter.convertLead(input);
			this.dispatchEvent(new LeadConvertedEvent({ result: this.result }));
			await this.updateComplete;
			this.renderRoot.querySelector("[part=result]")?.focus();
		} catch (error) {
			const already = error instanceof ConflictError && error.reason === "converted";
			this.failure = already ? msg(locale, "wizard.already") : `${msg(locale, "wizard.failed")} ${errorMessage(locale, error)}`;
			this.dispatchEvent(new LeadConvertErrorEvent({ error }));
		} finally {
			this.converting = false;
		}
	}
};
__decorate([n$1({ reflect: true })], LeadConvertWizard.prototype, "lead", void 0);
__decorate([n$1({
	type: Boolean,
	reflect: true
})], LeadConvertWizard.prototype, "compact", void 0);
__decorate([n$1({ attribute: "record-href" })], LeadConvertWizard.prototype, "recordHref", void 0);
__decorate([n$1({ attribute: false })], LeadConvertWizard.prototype, "customFieldMap", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "step", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "accountMode", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "accountName", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "accountId", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "accountQuery", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "accountResults", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "contactId", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "withOpportunity", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "oppName", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "oppAmount", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "oppClose", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "oppStage", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "oppCampaign", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "converting", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "failure", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "result", void 0);
__decorate([r$2()], LeadConvertWizard.prototype, "stepError", void 0);
// src/define/lead-convert-wizard.ts
/** `lead-kit/define/lead-convert-wizard`: registers `<lead-convert-wizard>` (once per page) and exports the classes. */
defineElement("lead-convert-wizard", LeadConvertWizard);
// src/directives/cssom-style.ts
/**
* `style=${cssomStyle({ transform: '…', '--cols': '…' })}`: sets the properties through the
* CSSOM (`style.setProperty`) on every render, the first one included, and never writes a
* `style` attribute — so a page with `style-src 'self'` (no 'unsafe-inline') shows it. (Lit's
* `styleMap` writes the attribute on its first render.)
*/
var CssomStyle = class extends i$2 {
	constructor(part) {
		super(part);
		this.previous = /* @__PURE__ */ new Set();
		if (part.type !== t$1.ATTRIBUTE || part.name !== "style") throw new Error("cssomStyle binds the style attribute only");
	}
	render(_styles) {
		return E;
	}
	update(part, [styles]) {
		const style = part.element.style;
		for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
		for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
		this.previous = new Set(Object.keys(styles));
		return E;
	}
};
var cssomStyle = e$1(CssomStyle);
// src/components/campaign-summary/campaign-summary.styles.ts
var styles$2 = [
	tokens,
	controls,
	i$6`
    :host {
      display: block;
      line-height: 1.4;
    }
    h2 {
      margin: 0 0 0.75rem;
      font-size: 1.25rem;
    }
    h3 {
      font-size: 1rem;
      margin: 1.25rem 0 0.5rem;
    }
    .legend {
      color: var(--_muted);
      margin: -0.25rem 0 0.75rem;
    }
    .summary {
      container-type: inline-size;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr));
      gap: 0.75rem;
      margin: 0 0 0.75rem;
    }
    .hero-row {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .hero .value {
      font-size: 2rem;
    }
    .hero {
      border-inline-start: 4px solid var(--_accent);
    }
    @container (max-width: 36rem) {
      .figures,
      .hero-row {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 0.5rem;
      }
      .figure {
        padding: 0.6rem 0.7rem;
      }
      .figure .value {
        font-size: 1.1rem;
      }
      .figure.hero .value {
        font-size: 1.3rem;
      }
      .caption {
        display: none;
      }
    }
    .figure {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem 0.9rem;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      align-content: start;
      gap: 0.15rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    /* An amount wraps only at its spaces ("22.000,00 / US$"), never inside the number. */
    .figure .value {
      overflow-wrap: normal;
    }
    dt {
      font-size: 0.85rem;
      color: var(--_muted);
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .value {
      font-size: 1.45rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .value.negative {
      color: var(--_danger);
    }
    .own {
      font-size: 0.85rem;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .caption {
      font-size: 0.8rem;
      color: var(--_muted);
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      text-align: start;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .statuses {
      max-width: 36rem;
    }
    .bar-cell {
      width: 50%;
    }
    .bar {
      display: block;
      height: 0.7rem;
      border-radius: 4px;
      background: var(--_accent);
      min-width: 2px;
    }
    /* A table wider than its frame scrolls sideways, with a shade on the side that has more. */
    .table-wrap {
      overflow-x: auto;
      background:
        linear-gradient(to right, var(--_surface) 30%, transparent) left / 2rem 100% no-repeat local,
        linear-gradient(to left, var(--_surface) 30%, transparent) right / 2rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_text) 22%, transparent), transparent) left / 0.75rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 22%, transparent), transparent) right / 0.75rem 100% no-repeat scroll;
    }
    .compare th button.sort {
      background: none;
      border: 0;
      color: inherit;
      padding: 0.25rem;
      text-align: start;
    }
    .muted {
      color: var(--_muted);
      font-size: 0.85rem;
      font-weight: 400;
    }
    .chart-figure {
      margin: 0 0 1rem;
    }
    .chart {
      display: grid;
      /* One grid for every row: the bars share one scale and one track width. */
      grid-template-columns: minmax(6rem, 14rem) minmax(4rem, 1fr) auto;
      gap: 0.5rem 0.75rem;
      align-items: center;
      max-width: 46rem;
      container-type: inline-size;
    }
    .bar-row {
      display: contents;
    }
    .bar-row .label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .bar-row .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .track {
      height: 1rem;
      border-radius: 4px;
      background: color-mix(in srgb, var(--_border) 45%, transparent);
    }
    .bar {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: var(--_accent);
    }
    .bar.negative {
      background: var(--_danger);
    }
    @container (max-width: 30rem) {
      .bar-row {
        display: grid;
        grid-column: 1 / -1;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0.25rem 0.75rem;
      }
      .bar-row .track {
        grid-column: 1 / -1;
        order: 3;
      }
    }
    figcaption {
      color: var(--_muted);
      font-size: 0.85rem;
    }
    .costs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
      margin-top: 1.25rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
      font-size: 0.9rem;
    }
    .costs .field input {
      width: 10rem;
    }
    .error {
      color: var(--_danger);
      margin: 0;
      flex-basis: 100%;
      min-height: 1.3em;
    }
    .saved {
      margin: 0;
      flex-basis: 100%;
    }
  `
];
// src/components/campaign-summary/campaign-summary.ts
init_errors$1();
init_metrics();
init_common();
addComponentStrings();
/** The figures shown, in order; `ratio` values are fractions shown as percentages. */
var FIGURES = [
	{
		key: "members",
		label: "summary.members",
		format: "int",
		caption: "cap.members"
	},
	{
		key: "leads",
		label: "summary.leads",
		format: "int",
		caption: "cap.leads"
	},
	{
		key: "convertedLeads",
		label: "summary.converted",
		format: "int"
	},
	{
		key: "contacts",
		label: "summary.contacts",
		format: "int"
	},
	{
		key: "responses",
		label: "summary.responses",
		format: "int"
	},
	{
		key: "responseRate",
		label: "summary.response-rate",
		format: "ratio",
		caption: "cap.response-rate"
	},
	{
		key: "opportunities",
		label: "summary.opportunities",
		format: "int"
	},
	{
		key: "wonOpportunities",
		label: "summary.won",
		format: "int"
	},
	{
		key: "pipelineAmount",
		label: "summary.pipeline",
		format: "money",
		caption: "cap.pipeline"
	},
	{
		key: "wonAmount",
		label: "summary.won-amount",
		format: "money",
		caption: "cap.won-amount"
	},
	{
		key: "budgetedCost",
		label: "summary.budgeted",
		format: "money"
	},
	{
		key: "actualCost",
		label: "summary.actual",
		format: "money"
	},
	{
		key: "costPerLead",
		label: "summary.cpl",
		format: "money",
		caption: "cap.cpl"
	},
	{
		key: "costPerResponse",
		label: "summary.cpr",
		format: "money",
		caption: "cap.cpr"
	},
	{
		key: "costPerOpportunity",
		label: "summary.cpo",
		format: "money",
		caption: "cap.cpo"
	},
	{
		key: "roi",
		label: "summary.roi",
		format: "ratio",
		caption: "cap.roi"
	},
	{
		key: "expectedRevenue",
		label: "summary.expected-revenue",
		format: "money",
		caption: "cap.expected"
	},
	{
		key: "expectedResponse",
		label: "summary.expected-response",
		format: "percent",
		caption: "cap.expected"
	}
];
/** The figures a marketer reads first, shown large on top. */
var HERO = [
	"leads",
	"responses",
	"wonAmount",
	"roi"
];
var COMPARE_KEYS = [
	"members",
	"leads",
	"responses",
	"opportunities",
	"wonAmount",
	"actualCost",
	"costPerLead",
	"roi"
];
/**
* What a campaign produced and whether it paid off: members by status, leads, conversions,
* responses, opportunities and their value, costs, cost per lead/response/opportunity and ROI.
* A parent campaign also shows the totals of its whole subtree; `compare="A,B,C"` puts
* campaigns side by side (sortable table and bar chart). Every ratio says how it is computed and
* shows "n/a" rather than dividing by zero. Figures follow every change on the page.
*
* @summary Campaign results and ROI, compared and rolled up.
* @tagname campaign-summary
*
* @csspart figure - Each figure card.
* @csspart value - A figure's value.
* @csspart caption - How a figure is computed.
* @csspart table - The comparison table.
* @csspart chart - The comparison bar chart.
*
* @cssprop --lead-kit-color-accent - Bars and highlights.
* @cssprop --lead-kit-color-surface - Card background.
* @cssprop --lead-kit-color-border - Card borders.
* @cssprop --lead-kit-color-text - Text color.
* @cssprop --lead-kit-color-muted - Captions.
* @cssprop --lead-kit-color-danger - Negative ROI and errors.
* @cssprop --lead-kit-radius - Corner radius.
*
* @fires {CampaignCostsChangeEvent} campaign-costs-change - After budgeted/actual costs were saved in place. `detail: { campaign }`.
*/
var CampaignSummary = class extends LocalizedElement {
	constructor(..._args2) {
		super(..._args2);
		this.campaign = "";
		this.compare = "";
		this.editableCosts = false;
		this.sortBy = "wonAmount";
		this.sortDescending = true;
		this.costSaved = false;
		this.adapters = new AdapterController(this);
		this.view = new QueryController(this, this.adapters, {
			args: () => [this.campaign, this.compare],
			enabled: () => this.ids().length > 0,
			run: (adapter, _args, signal) => this.load(adapter, signal),
			isEmpty: () => false,
			affects: (e) => {
				const records = e.stores.some((s) => s === "campaigns" || s === "opportunities");
				const mine = e.campaignIds.filter((id) => this.watched.has(id));
				if (records) this.cache.staleAll = true;
				else mine.forEach((id) => this.cache.stale.add(id));
				return records || mine.length > 0;
			}
		});
		this.watched = /* @__PURE__ */ new Set();
		this.cache = {
			key: "",
			tree: [],
			results: /* @__PURE__ */ new Map(),
			stale: /* @__PURE__ */ new Set(),
			staleAll: true
		};
	}
	static {
		this.styles = styles$2;
	}
	ids() {
		return this.compare ? this.compare.split(",").map((s) => s.trim()).filter(Boolean) : this.campaign.trim() ? [this.campaign.trim()] : [];
	}
	/** The results of `ids`, reading only those not cached or named by a change since. */
	async resultsOf(adapter, ids, all, stale, signal) {
		const need = ids.filter((id) => all || stale.has(id) || !this.cache.results.has(id));
		const read = await Promise.all(need.map((id) => adapter.campaignResults(id, { signal })));
		need.forEach((id, i) => this.cache.results.set(id, read[i]));
		return ids.map((id) => this.cache.results.get(id));
	}
	async load(adapter, signal) {
		const ids = this.ids();
		const key = JSON.stringify([
			adapter.name,
			this.campaign,
			this.compare
		]);
		if (key !== this.cache.key || adapter !== this.cachedAdapter) {
			this.cache = {
				key,
				tree: [],
				results: /* @__PURE__ */ new Map(),
				stale: /* @__PURE__ */ new Set(),
				staleAll: true
			};
			this.cachedAdapter = adapter;
		}
		const all = this.cache.staleAll;
		const stale = new Set(this.cache.stale);
		this.cache.staleAll = false;
		this.cache.stale.clear();
		try {
			if (this.compare) {
				const data = await this.resultsOf(adapter, ids, all, stale, signal);
				this.watched = new Set(ids);
				return {
					mode: "compare",
					rows: data.map((d) => ({
						campaign: d.campaign,
						figures: campaignFigures([d])
					}))
				};
			}
			if (all || !this.cache.tree.length) this.cache.tree = subtreeIds(await adapter.listCampaigns({ signal }), ids[0]);
			const tree = this.cache.tree;
			const data = await this.resultsOf(adapter, tree, all, stale, signal);
			this.watched = new Set(tree);
			return {
				mode: "single",
				campaign: data[0].campaign,
				own: campaignFigures([data[0]]),
				...data.length > 1 ? { subtree: campaignFigures(data) } : {},
				children: data.length - 1
			};
		} catch (error) {
			this.cache.staleAll ||= all;
			stale.forEach((id) => this.cache.stale.add(id));
			throw error;
		}
	}
	render() {
		const locale = this.activeLocale;
		return this.view.render({
			loading: () => renderLoading(locale),
			empty: () => renderEmpty(msg(locale, "state.empty")),
			error: (e) => renderError(locale, e, () => void this.view.refresh()),
			ready: (v) => v.mode === "single" ? this.renderSingle(v, locale) : this.renderCompare(v, locale)
		});
	}
	renderSingle(v, locale) {
		const currency = v.campaign.currency ?? "USD";
		const main = v.subtree ?? v.own;
		const figure = (d, hero) => {
			const value = main[d.key];
			const caption = d.caption === "cap.expected" ? this.expectedCaption(d.key, main, locale, currency) : d.caption ? msg(locale, d.caption) : void 0;
			return b`<div part="figure" class="figure ${hero ? "hero" : ""}">
        <dt>${msg(locale, d.label)}</dt>
        <dd part="value" class="value ${d.key === "roi" && value !== null && value < 0 ? "negative" : ""}">${this.format(value, d.format, locale, currency)}</dd>
        ${v.subtree ? b`<dd class="own">${msg(locale, "summary.this")}: ${this.format(v.own[d.key], d.format, locale, currency)}</dd>` : A}
        ${caption ? b`<dd part="caption" class="caption">${caption}</dd>` : A}
      </div>`;
		};
		return b`<section class="summary" aria-labelledby="title">
      <h2 id="title">${v.campaign.name}</h2>
      ${v.subtree ? b`<p class="legend">${msg(locale, "summary.subtree", { count: v.children })}</p>` : A}
      <dl class="figures hero-row">${HERO.map((key) => figure(FIGURES.find((d) => d.key === key), true))}</dl>
      <dl class="figures">${FIGURES.filter((d) => !HERO.includes(d.key)).map((d) => figure(d, false))}</dl>
      ${this.renderStatuses(v.own, locale)} ${this.editableCosts ? this.renderCostEditor(v.campaign, locale) : A}
    </section>`;
	}
	expectedCaption(key, f, locale, currency) {
		return msg(locale, "cap.expected", { actual: key === "expectedRevenue" ? this.format(f.wonAmount, "money", locale, currency) : this.format(f.responseRate, "ratio", locale, currency) });
	}
	renderStatuses(f, locale) {
		const entries = Object.entries(f.byStatus);
		if (!entries.length) return A;
		const max = Math.max(...entries.map(([, n]) => n));
		return b`<h3>${msg(locale, "summary.by-status")}</h3>
      <table class="statuses">
        <tbody>
          ${entries.map(([status, n]) => b`<tr>
              <th scope="row">${statusLabel(locale, status)}</th>
              <td class="num">${this.format(n, "int", locale, "USD")}</td>
              <td class="bar-cell" aria-hidden="true"><span class="bar" style=${cssomStyle({ width: `${n / max * 100}%` })}></span></td>
            </tr>`)}
        </tbody>
      </table>`;
	}
	renderCostEditor(campaign, locale) {
		return b`<form class="costs" @submit=${(e) => this.handleSaveCosts(e, campaign)}>
      <div class="field">
        <label for="budgeted">${msg(locale, "summary.budgeted")} (${campaign.currency ?? "USD"})</label>
        <input id="budgeted" name="budgetedCost" inputmode="decimal" .value=${inputNumber(locale, campaign.budgetedCost)} aria-invalid=${this.costError ? "true" : "false"} aria-describedby=${this.costError ? "cost-error" : A} />
      </div>
      <div class="field">
        <label for="actual">${msg(locale, "summary.actual")} (${campaign.currency ?? "USD"})</label>
        <input id="actual" name="actualCost" inputmode="decimal" .value=${inputNumber(locale, campaign.actualCost)} aria-invalid=${this.costError ? "true" : "false"} aria-describedby=${this.costError ? "cost-error" : A} />
      </div>
      <button type="submit">${msg(locale, "summary.save-costs")}</button>
      <p id="cost-error" class="error" role=${this.costError ? "alert" : A}>${this.costError ?? ""}</p>
      ${this.costSaved ? b`<p role="status" class="saved">${msg(locale, "summary.saved")}</p>` : A}
    </form>`;
	}
	renderCompare(v, locale) {
		const key = this.sortBy;
		const def = FIGURES.find((f) => f.key === key) ?? FIGURES[0];
		const sorted = [...v.rows].sort((a, b) => {
			const x = a.figures[key] ?? -Infinity;
			const y = b.figures[key] ?? -Infinity;
			return (x === y ? (a.campaign.startDate ?? "").localeCompare(b.campaign.startDate ?? "") : x < y ? -1 : 1) * (this.sortDescending ? -1 : 1);
		});
		const currency = v.rows[0]?.campaign.currency ?? "USD";
		return b`<section class="summary" aria-labelledby="title">
      <h2 id="title">${msg(locale, "summary.compare")}</h2>
      ${this.renderChart(sorted, def, locale, currency)}
      <div class="table-wrap">
        <table part="table" class="compare">
          <thead>
            <tr>
              <th scope="col">${msg(locale, "summary.campaign")}</th>
              ${COMPARE_KEYS.map((k) => {
			const d = FIGURES.find((f) => f.key === k);
			return b`<th scope="col" aria-sort=${k === key ? this.sortDescending ? "descending" : "ascending" : "none"}>
                  <button type="button" class="sort" @click=${() => this.handleSort(k)}>${msg(locale, d.label)}${k === key ? this.sortDescending ? " ▼" : " ▲" : ""}</button>
                </th>`;
		})}
            </tr>
          </thead>
          <tbody>
            ${sorted.map((r) => b`<tr>
                <th scope="row">${r.campaign.name}${r.campaign.startDate ? b` <span class="muted">${formatDate$1(locale, r.campaign.startDate)}</span>` : A}</th>
                ${COMPARE_KEYS.map((k) => b`<td class="num">${this.format(r.figures[k], FIGURES.find((f) => f.key === k).format, locale, r.campaign.currency ?? currency)}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>
    </section>`;
	}
	/** Horizontal bars of the sorted figure; the table below carries the same data for every reader. */
	/**
	* The comparison as bars in HTML (not a scaled SVG): labels keep their size at any width; the
	* label goes above its bar in a narrow container.
	*/
	renderChart(rows, def, locale, currency) {
		const values = rows.map((r) => r.figures[def.key] ?? 0);
		const max = Math.max(1e-9, ...values.map((x) => Math.abs(x)));
		const title = msg(locale, "summary.chart", { figure: msg(locale, def.label) });
		return b`<figure class="chart-figure">
      <div part="chart" class="chart" role="img" aria-labelledby="chart-title">
        ${rows.map((r, i) => b`<div class="bar-row">
            <span class="label" title=${r.campaign.name}>${r.campaign.name}</span>
            <span class="track"><span class=${values[i] < 0 ? "bar negative" : "bar"} style=${cssomStyle({ width: `${Math.max(.5, Math.abs(values[i]) / max * 100)}%` })}></span></span>
            <span class="amount">${this.format(r.figures[def.key], def.format, locale, r.campaign.currency ?? currency)}</span>
          </div>`)}
      </div>
      <figcaption id="chart-title">${title}</figcaption>
    </figure>`;
	}
	format(value, format, locale, currency) {
		if (value === null || value === void 0 || !Number.isFinite(value)) return msg(locale, "summary.na");
		switch (format) {
			case "money": return new Intl.NumberFormat(locale, {
				style: "currency",
				currency,
				maximumFractionDigits: 2
			}).format(value).replace(/(?<=\d)\u00a0(?=\D)|(?<=\D)\u00a0(?=\d)/g, " ");
			case "ratio": return new Intl.NumberFormat(locale, {
				style: "percent",
				maximumFractionDigits: 1
			}).format(value);
			case "percent": return new Intl.NumberFormat(locale, {
				style: "percent",
				maximumFractionDigits: 1
			}).format(value / 100);
			default: return new Intl.NumberFormat(locale).format(value);
		}
	}
	handleSort(key) {
		if (key === this.sortBy) this.sortDescending = !this.sortDescending;
		else {
			this.sortBy = key;
			this.sortDescending = true;
		}
	}
	async handleSaveCosts(e, campaign) {
		e.preventDefault();
		const form = e.target;
		const read = (name) => typedNumber(form.elements.namedItem(name).value);
		const locale = this.activeLocale;
		this.costSaved = false;
		const budgetedCost = read("budgetedCost");
		const actualCost = read("actualCost");
		if ([budgetedCost, actualCost].some((x) => x !== void 0 && Number.isNaN(x))) {
			this.costError = fieldMessage(locale, "number");
			return;
		}
		try {
			const saved = await this.adapters.adapter.saveCampaign({
				...campaign,
				budgetedCost,
				actualCost
			});
			this.costError = void 0;
			this.costSaved = true;
			this.dispatchEvent(new CampaignCostsChangeEvent(saved));
		} catch (error) {
			this.costError = error instanceof ValidationError ? fieldMessage(locale, error.issues[0]?.code ?? "invalid") : errorMessage(locale, error);
		}
	}
};
__decorate([n$1({ reflect: true })], CampaignSummary.prototype, "campaign", void 0);
__decorate([n$1({ reflect: true })], CampaignSummary.prototype, "compare", void 0);
__decorate([n$1({
	type: Boolean,
	attribute: "editable-costs",
	reflect: true
})], CampaignSummary.prototype, "editableCosts", void 0);
__decorate([n$1({
	attribute: "sort-by",
	reflect: true
})], CampaignSummary.prototype, "sortBy", void 0);
__decorate([r$2()], CampaignSummary.prototype, "sortDescending", void 0);
__decorate([r$2()], CampaignSummary.prototype, "costError", void 0);
__decorate([r$2()], CampaignSummary.prototype, "costSaved", void 0);
/** Fired after the costs were saved in place. */
var CampaignCostsChangeEvent = class CampaignCostsChangeEvent extends Event {
	static {
		this.type = "campaign-costs-change";
	}
	constructor(campaign) {
		super(CampaignCostsChangeEvent.type, {
			bubbles: true,
			composed: true
		});
		this.campaign = campaign;
	}
	get detail() {
		return { campaign: this.campaign };
	}
};
// src/define/campaign-summary.ts
/** `lead-kit/define/campaign-summary`: registers `<campaign-summary>` (once per page) and exports the classes. */
defineElement("campaign-summary", CampaignSummary);
// src/components/campaign-member-list/campaign-member-list.events.ts
var init$1 = (cancelable) => ({
	bubbles: true,
	composed: true,
	cancelable
});
/** Before a status change is saved; `preventDefault()` stops it. */
var MemberStatusChangeEvent = class MemberStatusChangeEvent extends Event {
	static {
		this.type = "member-status-change";
	}
	constructor(detail) {
		super(MemberStatusChangeEvent.type, init$1(true));
		this.detail = detail;
	}
};
/** After a status change was saved (for the members whose change was saved). */
var MemberStatusChangedEvent = class MemberStatusChangedEvent extends Event {
	static {
		this.type = "member-status-changed";
	}
	constructor(detail) {
		super(MemberStatusChangedEvent.type, init$1(false));
		this.detail = detail;
	}
};
/** Before people are added to the campaign; `preventDefault()` stops it. */
var MembersAddEvent = class MembersAddEvent extends Event {
	static {
		this.type = "members-add";
	}
	constructor(detail) {
		super(MembersAddEvent.type, init$1(true));
		this.detail = detail;
	}
};
/** After people were added. */
var MembersAddedEvent = class MembersAddedEvent extends Event {
	static {
		this.type = "members-added";
	}
	constructor(detail) {
		super(MembersAddedEvent.type, init$1(false));
		this.detail = detail;
	}
};
/** Before members are removed from the campaign; `preventDefault()` stops it. */
var MembersRemoveEvent = class MembersRemoveEvent extends Event {
	static {
		this.type = "members-remove";
	}
	constructor(detail) {
		super(MembersRemoveEvent.type, init$1(true));
		this.detail = detail;
	}
};
/** After members were removed. */
var MembersRemovedEvent = class MembersRemovedEvent extends Event {
	static {
		this.type = "members-removed";
	}
	constructor(detail) {
		super(MembersRemovedEvent.type, init$1(false));
		this.detail = detail;
	}
};
/** A change through the list failed; nothing of the failed part was written. */
var MemberActionErrorEvent = class MemberActionErrorEvent extends Event {
	static {
		this.type = "member-action-error";
	}
	constructor(detail) {
		super(MemberActionErrorEvent.type, init$1(false));
		this.detail = detail;
	}
};
/** "View all" in compact mode; `preventDefault()` keeps the link from being followed. */
var MembersViewAllEvent = class MembersViewAllEvent extends Event {
	static {
		this.type = "members-view-all";
	}
	constructor(detail) {
		super(MembersViewAllEvent.type, init$1(true));
		this.detail = detail;
	}
};
/** Before the export file is downloaded; `preventDefault()` and use `detail.csv` yourself. */
var MembersExportEvent = class MembersExportEvent extends Event {
	static {
		this.type = "members-export";
	}
	constructor(detail) {
		super(MembersExportEvent.type, init$1(true));
		this.detail = detail;
	}
};
/** The columns were shown, hidden or reordered by the user. */
var MemberColumnsChangeEvent = class MemberColumnsChangeEvent extends Event {
	static {
		this.type = "member-columns-change";
	}
	constructor(detail) {
		super(MemberColumnsChangeEvent.type, init$1(false));
		this.detail = detail;
	}
};
/** A CSV import finished (or was stopped). */
var MembersImportedEvent = class MembersImportedEvent extends Event {
	static {
		this.type = "members-imported";
	}
	constructor(detail) {
		super(MembersImportedEvent.type, init$1(false));
		this.detail = detail;
	}
};
// src/components/campaign-member-list/parts.styles.ts
/** What the member list and its dialogs' elements share: labels, badges, danger buttons. */
var shared = i$6`
  :host {
    display: block;
    line-height: 1.4;
  }
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  label {
    font-weight: 600;
    display: block;
    margin-bottom: 0.25rem;
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    border: 1px solid var(--_border);
    white-space: nowrap;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    box-sizing: border-box;
  }
  .badge.lead {
    color: var(--_accent);
    border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border));
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .badge.contact {
    color: var(--_text);
    background: color-mix(in srgb, var(--_text) 6%, var(--_surface));
  }
`;
var addStyles = [
	tokens,
	controls,
	shared,
	i$6`
    :host {
      display: grid;
      gap: 0.25rem;
    }
    .add-results ul {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 1rem;
      max-height: 18rem;
      overflow: auto;
    }
    .add-results li label {
      display: flex;
      gap: 0.6rem;
      align-items: start;
      font-weight: 400;
      padding: 0.4rem 0.25rem;
      border-bottom: 1px solid var(--_border);
    }
    .add-results small {
      color: var(--_muted);
    }
    .dialog-actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 1rem;
    }
  `
];
var importStyles = [
	tokens,
	controls,
	shared,
	i$6`
    .step {
      display: grid;
      gap: 0.75rem;
    }
    .row2 {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.75rem;
    }
    .hint {
      color: var(--_muted);
      margin: 0.25rem 0 0;
      font-size: 0.875rem;
    }
    h4 {
      margin: 0.25rem 0 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      vertical-align: middle;
    }
    td.sample {
      color: var(--_muted);
      max-width: 14rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .scroll {
      overflow-x: auto;
    }
    .preview td,
    .preview th {
      white-space: nowrap;
    }
    .narrow {
      max-width: 20rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    progress {
      width: 100%;
      height: 0.9rem;
      accent-color: var(--_accent);
    }
    .row-errors {
      margin: 0;
      padding-inline-start: 1.25rem;
      max-height: 14rem;
      overflow: auto;
    }
    .row-errors .raw {
      color: var(--_muted);
      margin-inline-start: 0.35rem;
    }
    .done {
      font-weight: 600;
    }
  `
];
// src/components/campaign-member-list/campaign-member-add.ts
init_statuses();
init_members();
addComponentStrings();
/** Wait after the last keystroke before searching. */
var SEARCH_DELAY_MS = 200;
/**
* Adds existing leads and contacts to a campaign: search by name, email or company (accent- and
* case-insensitive), tick the people, pick their status, add. People already on the campaign are
* left as they are. Shown by `<campaign-member-list>`'s "Add members", and usable on its own.
*
* @summary Find leads and contacts and add them to a campaign with a status.
* @tagname campaign-member-add
*
* @cssprop --lead-kit-color-accent - Buttons and focus.
* @cssprop --lead-kit-color-border - Result lines.
* @cssprop --lead-kit-color-muted - Email and company under each name.
*
* @fires {MembersAddEvent} members-add - Before people are added (cancelable). `detail: { campaignId, people, status }`.
* @fires {MembersAddedEvent} members-added - After they were added. `detail: { campaignId, members }`.
* @fires {MemberActionErrorEvent} member-action-error - The search or the add failed; nothing was written. `detail: { action: 'add', error }`.
* @fires members-add-cancel - The user pressed Cancel.
*/
var CampaignMemberAdd = class extends LocalizedElement {
	constructor(..._args) {
		super(..._args);
		this.campaign = "";
		this.results = [];
		this.chosen = /* @__PURE__ */ new Map();
		this.status = "";
		this.searched = false;
		this.busy = false;
		this.problem = "";
		this.adapters = new AdapterController(this);
		this.statusQuery = new QueryController(this, this.adapters, {
			args: () => [this.campaign, !!this.statuses],
			enabled: ([id, given]) => !!id && !given,
			run: (adapter, [id], signal) => adapter.getMemberStatuses(id, { signal }),
			affects: (e, [id]) => e.stores.includes("campaigns") && (!e.ids || e.ids.includes(id))
		});
		this.searches = 0;
	}
	static {
		this.styles = addStyles;
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		clearTimeout(this.timer);
	}
	/** Moves focus to the search field. */
	focus(options) {
		this.input?.focus(options);
	}
	/** Clears the search, the results and the people ticked. */
	reset() {
		clearTimeout(this.timer);
		this.searches++;
		this.results = [];
		this.chosen = /* @__PURE__ */ new Map();
		this.searched = false;
		this.problem = "";
		if (this.input) this.input.value = "";
	}
	render() {
		const locale = this.activeLocale;
		const statuses = this.statuses ?? this.statusQuery.value ?? [];
		const status = this.status || defaultStatus({ memberStatuses: statuses })?.label || "";
		return b`<label for="add-search">${msg(locale, "list.add-search")}</label>
      <input id="add-search" type="search" placeholder=${msg(locale, "list.search-hint")} @input=${this.handleSearchInput} autocomplete="off" />
      <div class="add-results" role="group" aria-label=${msg(locale, "list.add")} aria-live="polite">
        ${this.searched && this.results.length === 0 ? b`<p>${msg(locale, "list.add-none")}</p>` : A}
        <ul>
          ${this.results.map((p) => {
			const key = `${p.ref.type}:${p.ref.id}`;
			return b`<li>
              <label>
                <input type="checkbox" .checked=${this.chosen.has(key)} @change=${() => this.toggle(key, p.ref)} />
                <span class="who"
                  ><strong>${personName(p.person, locale, this.nameOrder) || msg(locale, "list.no-name")}</strong>
                  <span class="badge ${p.ref.type}">${msg(locale, p.ref.type === "lead" ? "list.lead" : "list.contact")}</span><br /><small
                    >${[p.person.email, p.person.company].filter(Boolean).join(" · ")}</small
                  ></span
                >
              </label>
            </li>`;
		})}
        </ul>
      </div>
      <label for="add-status">${msg(locale, "list.add-status")}</label>
      <select id="add-status" .value=${l(status)} @change=${(e) => this.status = e.target.value}>
        ${statuses.map((s) => b`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
      </select>
      ${this.problem ? b`<p class="problem" role="alert">${this.problem}</p>` : A}
      <div class="dialog-actions">
        <button ?disabled=${this.chosen.size === 0 || this.busy} @click=${() => this.add(status)}>${msg(locale, "list.add-confirm", { count: this.formatNumber(this.chosen.size) })}</button>
        <button class="secondary" @click=${this.handleCancel}>${msg(locale, "list.cancel")}</button>
      </div>`;
	}
	handleSearchInput(e) {
		const text = e.target.value;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.search(text), SEARCH_DELAY_MS);
	}
	async search(text) {
		const run = ++this.searches;
		if (!text.trim()) {
			this.results = [];
			this.searched = false;
			return;
		}
		try {
			const results = await this.adapters.adapter.searchPeople(text);
			if (run !== this.searches) return;
			this.results = results;
			this.searched = true;
			this.problem = "";
		} catch (error) {
			if (run === this.searches) this.fail(error);
		}
	}
	toggle(key, ref) {
		const chosen = new Map(this.chosen);
		chosen.has(key) ? chosen.delete(key) : chosen.set(key, ref);
		this.chosen = chosen;
	}
	async add(status) {
		const people = [...this.chosen.values()];
		const intent = new MembersAddEvent({
			campaignId: this.campaign,
			people,
			status
		});
		this.dispatchEvent(intent);
		if (intent.defaultPrevented) return;
		this.problem = "";
		this.busy = true;
		try {
			const members = await this.adapters.adapter.addMembers({
				campaignId: this.campaign,
				people,
				status
			});
			this.dispatchEvent(new MembersAddedEvent({
				campaignId: this.campaign,
				members
			}));
			this.reset();
		} catch (error) {
			this.fail(error);
		} finally {
			this.busy = false;
		}
	}
	fail(error) {
		this.problem = msg(this.activeLocale, "list.failed", { reason: errorMessage(this.activeLocale, error) });
		this.dispatchEvent(new MemberActionErrorEvent({
			action: "add",
			error
		}));
	}
	handleCancel() {
		this.dispatchEvent(new Event("members-add-cancel", {
			bubbles: true,
			composed: true
		}));
	}
};
__decorate([n$1({ reflect: true })], CampaignMemberAdd.prototype, "campaign", void 0);
__decorate([n$1({ attribute: false })], CampaignMemberAdd.prototype, "statuses", void 0);
__decorate([r$2()], CampaignMemberAdd.prototype, "results", void 0);
__decorate([r$2()], CampaignMemberAdd.prototype, "chosen", void 0);
__decorate([r$2()], CampaignMemberAdd.prototype, "status", void 0);
__decorate([r$2()], CampaignMemberAdd.prototype, "searched", void 0);
__decorate([r$2()], CampaignMemberAdd.prototype, "busy", void 0);
__decorate([r$2()], CampaignMemberAdd.prototype, "problem", void 0);
__decorate([e$2("#add-search")], CampaignMemberAdd.prototype, "input", void 0);
// node_modules/d3-dsv/dist/d3-dsv.mjs
var EOL = {};
var EOF = {};
var QUOTE = 34;
var NEWLINE = 10;
var RETURN = 13;
function objectConverter(columns) {
	return new Function("d", "return {" + columns.map(function(name, i) {
		return JSON.stringify(name) + ": d[" + i + "] || \"\"";
	}).join(",") + "}");
}
function customConverter(columns, f) {
	var object = objectConverter(columns);
	return function(row, i) {
		return f(object(row), i, columns);
	};
}
function inferColumns(rows) {
	var columnSet = Object.create(null), columns = [];
	rows.forEach(function(row) {
		for (var column in row) if (!(column in columnSet)) columns.push(columnSet[column] = column);
	});
	return columns;
}
function pad(value, width) {
	var s = value + "", length = s.length;
	return length < width ? new Array(width - length + 1).join(0) + s : s;
}
function formatYear(year) {
	return year < 0 ? "-" + pad(-year, 6) : year > 9999 ? "+" + pad(year, 6) : pad(year, 4);
}
function formatDate(date) {
	var hours = date.getUTCHours(), minutes = date.getUTCMinutes(), seconds = date.getUTCSeconds(), milliseconds = date.getUTCMilliseconds();
	return isNaN(date) ? "Invalid Date" : formatYear(date.getUTCFullYear()) + "-" + pad(date.getUTCMonth() + 1, 2) + "-" + pad(date.getUTCDate(), 2) + (milliseconds ? "T" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(milliseconds, 3) + "Z" : seconds ? "T" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "Z" : minutes || hours ? "T" + pad(hours, 2) + ":" + pad(minutes, 2) + "Z" : "");
}
function dsv(delimiter) {
	var reFormat = new RegExp("[\"" + delimiter + "\n\r]"), DELIMITER = delimiter.charCodeAt(0);
	function parse(text, f) {
		var convert, columns, rows = parseRows(text, function(row, i) {
			if (convert) return convert(row, i - 1);
			columns = row, convert = f ? customConverter(row, f) : objectConverter(row);
		});
		rows.columns = columns || [];
		return rows;
	}
	function parseRows(text, f) {
		var rows = [], N = text.length, I = 0, n = 0, t, eof = N <= 0, eol = false;
		if (text.charCodeAt(N - 1) === NEWLINE) --N;
		if (text.charCodeAt(N - 1) === RETURN) --N;
		function token() {
			if (eof) return EOF;
			if (eol) return eol = false, EOL;
			var i, j = I, c;
			if (text.charCodeAt(j) === QUOTE) {
				while (I++ < N && text.charCodeAt(I) !== QUOTE || text.charCodeAt(++I) === QUOTE);
				if ((i = I) >= N) eof = true;
				else if ((c = text.charCodeAt(I++)) === NEWLINE) eol = true;
				else if (c === RETURN) {
					eol = true;
					if (text.charCodeAt(I) === NEWLINE) ++I;
				}
				return text.slice(j + 1, i - 1).replace(/""/g, "\"");
			}
			while (I < N) {
				if ((c = text.charCodeAt(i = I++)) === NEWLINE) eol = true;
				else if (c === RETURN) {
					eol = true;
					if (text.charCodeAt(I) === NEWLINE) ++I;
				} else if (c !== DELIMITER) continue;
				return text.slice(j, i);
			}
			return eof = true, text.slice(j, N);
		}
		while ((t = token()) !== EOF) {
			var row = [];
			while (t !== EOL && t !== EOF) row.push(t), t = token();
			if (f && (row = f(row, n++)) == null) continue;
			rows.push(row);
		}
		return rows;
	}
	function preformatBody(rows, columns) {
		return rows.map(function(row) {
			return columns.map(function(column) {
				return formatValue(row[column]);
			}).join(delimiter);
		});
	}
	function format(rows, columns) {
		if (columns == null) columns = inferColumns(rows);
		return [columns.map(formatValue).join(delimiter)].concat(preformatBody(rows, columns)).join("\n");
	}
	function formatBody(rows, columns) {
		if (columns == null) columns = inferColumns(rows);
		return preformatBody(rows, columns).join("\n");
	}
	function formatRows(rows) {
		return rows.map(formatRow).join("\n");
	}
	function formatRow(row) {
		return row.map(formatValue).join(delimiter);
	}
	function formatValue(value) {
		return value == null ? "" : value instanceof Date ? formatDate(value) : reFormat.test(value += "") ? "\"" + value.replace(/"/g, "\"\"") + "\"" : value;
	}
	return {
		parse,
		parseRows,
		format,
		formatBody,
		formatRows,
		formatRow,
		formatValue
	};
}
var csv = dsv(",");
csv.parse;
csv.parseRows;
csv.format;
csv.formatBody;
csv.formatRows;
csv.formatRow;
csv.formatValue;
var tsv = dsv("	");
tsv.parse;
tsv.parseRows;
tsv.format;
tsv.formatBody;
tsv.formatRows;
tsv.formatRow;
tsv.formatValue;
(/* @__PURE__ */ new Date("2019-01-01T00:00")).getHours() || (/* @__PURE__ */ new Date("2019-07-01T00:00")).getHours();
// src/domain/csv.ts
/**
* CSV rules for importing leads into a campaign and exporting its members, written once.
* Parsing and quoting are d3-dsv's (RFC 4180, a well-kept ES module); this file adds what a
* marketing team's files need: encodings, delimiter detection, header matching in the kit's
* languages, a size limit before parsing, and export that Excel opens and cannot be tricked by.
*/
/** Files larger than this are refused before they are read. */
var MAX_CSV_BYTES = 52428800;
var CsvTooLargeError = class extends Error {
	constructor(size, limit) {
		super(`The file is ${size} bytes; the limit is ${limit}`);
		this.size = size;
		this.limit = limit;
		this.name = "CsvTooLargeError";
	}
};
/** Decodes file bytes: a UTF-8 (or UTF-16LE) BOM wins; otherwise the chosen encoding. */
function decodeCsv(bytes, encoding = "utf-8", limit = MAX_CSV_BYTES) {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	if (view.byteLength > limit) throw new CsvTooLargeError(view.byteLength, limit);
	if (view[0] === 239 && view[1] === 187 && view[2] === 191) return new TextDecoder("utf-8").decode(view.subarray(3));
	if (view[0] === 255 && view[1] === 254) return new TextDecoder("utf-16le").decode(view.subarray(2));
	return new TextDecoder(encoding).decode(view);
}
/** `,` or `;` (spreadsheets in French, Ukrainian, Russian or Romanian locales save `;`), or tab. */
function detectDelimiter(text) {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const count = (c) => firstLine.split(c).length - 1;
	const counts = [
		[",", count(",")],
		[";", count(";")],
		["	", count("	")]
	];
	return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ",";
}
/** Rows of a CSV text as arrays of cells (the first row is the header). */
function parseCsv(text, delimiter = detectDelimiter(text)) {
	return dsv(delimiter).parseRows(text.replace(/^\ufeff/, ""));
}
/** Header names, in the kit's six languages, that map to each lead field. */
var HEADER_ALIASES = {
	firstName: [
		"first name",
		"firstname",
		"first",
		"given name",
		"имя",
		"імʼя",
		"ім'я",
		"імя",
		"prénom",
		"prenom",
		"tên",
		"prenume"
	],
	lastName: [
		"last name",
		"lastname",
		"surname",
		"family name",
		"фамилия",
		"прізвище",
		"nom",
		"nom de famille",
		"họ",
		"nume",
		"nume de familie"
	],
	email: [
		"email",
		"e-mail",
		"email address",
		"mail",
		"электронная почта",
		"почта",
		"електронна пошта",
		"пошта",
		"courriel",
		"adresse e-mail",
		"địa chỉ email",
		"adresă de e-mail",
		"adresa de e-mail"
	],
	phone: [
		"phone",
		"telephone",
		"mobile",
		"телефон",
		"téléphone",
		"điện thoại",
		"số điện thoại",
		"telefon"
	],
	company: [
		"company",
		"organization",
		"organisation",
		"account",
		"компания",
		"организация",
		"компанія",
		"організація",
		"entreprise",
		"société",
		"công ty",
		"companie",
		"firmă",
		"firma"
	],
	title: [
		"title",
		"job title",
		"position",
		"должность",
		"посада",
		"fonction",
		"poste",
		"chức danh",
		"chức vụ",
		"funcție",
		"functie"
	],
	industry: [
		"industry",
		"отрасль",
		"галузь",
		"secteur",
		"ngành",
		"domeniu",
		"industrie"
	],
	employees: [
		"employees",
		"number of employees",
		"число сотрудников",
		"кількість працівників",
		"employés",
		"nombre d'employés",
		"số nhân viên",
		"număr de angajați",
		"angajați"
	],
	country: [
		"country",
		"страна",
		"країна",
		"pays",
		"quốc gia",
		"țară",
		"tara"
	],
	website: [
		"website",
		"web site",
		"url",
		"сайт",
		"вебсайт",
		"веб-сайт",
		"site web",
		"trang web",
		"site"
	],
	description: [
		"message",
		"description",
		"notes",
		"comment",
		"сообщение",
		"повідомлення",
		"commentaire",
		"lời nhắn",
		"ghi chú",
		"mesaj",
		"descriere"
	]
};
var normalizeHeader = (h) => h.normalize("NFC").trim().toLocaleLowerCase().replace(/[_\s]+/g, " ").replace(/’/g, "ʼ");
/** The lead field each column maps to (undefined: not imported), matched by header name. */
function matchHeaders(headers) {
	const taken = /* @__PURE__ */ new Set();
	return headers.map((h) => {
		const key = normalizeHeader(h);
		const field = Object.entries(HEADER_ALIASES).find(([f, aliases]) => !taken.has(f) && (normalizeHeader(f) === key || aliases.some((a) => normalizeHeader(a) === key)))?.[0];
		if (field) taken.add(field);
		return field;
	});
}
/** Rows as lead field objects, using a column -> field mapping (undefined columns are skipped). */
function rowsToLeads(rows, mapping) {
	return rows.map((row) => {
		const lead = {};
		mapping.forEach((field, i) => {
			const value = row[i]?.trim();
			if (!field || !value) return;
			lead[field] = field === "employees" && /^\d+$/.test(value) ? Number(value) : value;
		});
		return lead;
	});
}
/**
* A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return
* first) gets a leading apostrophe, so it is shown as text (OWASP CSV injection).
*/
function neutralizeCell(value) {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
/** CSV text with a UTF-8 BOM (Excel then reads Cyrillic and Vietnamese correctly), CRLF line ends. */
function formatCsv(header, rows, delimiter = ",") {
	const cells = [header, ...rows].map((r) => r.map((c) => neutralizeCell(c === null || c === void 0 ? "" : String(c))));
	return `\ufeff${dsv(delimiter).formatRows(cells).replace(/\n/g, "\r\n")}\r\n`;
}
// src/components/campaign-member-list/download.ts
/** Lets the browser save `csv` as `filename` (a temporary object URL and a download link). */
function downloadCsv(filename, csv) {
	const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
	const a = document.createElement("a");
	a.href = url;
	a.download = filename;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
// src/components/campaign-member-list/campaign-member-import.ts
init_errors$1();
addComponentStrings();
/** Lead fields a CSV column can be imported as, with their labels. */
var FIELDS = [
	["firstName", "form.firstName"],
	["lastName", "form.lastName"],
	["email", "form.email"],
	["phone", "form.phone"],
	["company", "form.company"],
	["title", "form.title"],
	["industry", "form.industry"],
	["employees", "form.employees"],
	["country", "form.country"],
	["website", "form.website"],
	["description", "form.message"]
];
var ENCODINGS = [
	["utf-8", void 0],
	["windows-1251", "import.enc-cyrillic"],
	["windows-1252", "import.enc-western"],
	["iso-8859-2", "import.enc-central"]
];
/** Rows shown in the preview. */
var PREVIEW_ROWS = 5;
/** Row errors listed on screen (all of them are in the download). */
var LISTED_ERRORS = 50;
/**
* Loads leads into a campaign from a CSV file, the way marketing teams do: choose a file (UTF-8
* with or without BOM, or a legacy encoding; comma, semicolon or tab), match its columns to lead
* fields (matched by header name in any of the kit's languages), preview, import. People already
* in the records (same email) become members, never duplicates; invalid rows are listed with
* their row number, field and reason, and can be downloaded; the valid rows are imported. Files
* over the size limit are refused before they are read. Shown by `<campaign-member-list>`'s
* "Import CSV", and usable on its own.
*
* @summary CSV import of leads into a campaign, with column mapping, preview and per-row errors.
* @tagname campaign-member-import
*
* @csspart progress - The progress bar.
*
* @cssprop --lead-kit-color-accent - Buttons and progress.
* @cssprop --lead-kit-color-border - Table lines.
* @cssprop --lead-kit-color-danger - Row errors.
*
* @fires {MembersImportedEvent} members-imported - The import finished or was stopped. `detail: { campaignId, result, stopped }`.
*/
var CampaignMemberImport = class extends LocalizedElement {
	constructor(..._args) {
		super(..._args);
		this.campaign = "";
		this.maxBytes = MAX_CSV_BYTES;
		this.step = "choose";
		this.encoding = "utf-8";
		this.delimiter = "auto";
		this.header = [];
		this.body = [];
		this.mapping = [];
		this.fileError = "";
		this.status = "";
		this.progress = {
			done: 0,
			total: 0
		};
		this.stopped = false;
		this.failure = "";
		this.adapters = new AdapterController(this);
		this.campaignQuery = new QueryController(this, this.adapters, {
			args: () => [this.campaign],
			enabled: ([id]) => !!id,
			run: (adapter, [id], signal) => adapter.getCampaign(id, { signal }),
			isEmpty: () => false,
			affects: (e) => e.stores.includes("campaigns")
		});
	}
	static {
		this.styles = importStyles;
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.abort?.abort();
	}
	/** Reads and parses a file (also what the file input calls). */
	async load(file) {
		this.file = file;
		this.fileError = "";
		const locale = this.activeLocale;
		if (file.size > this.maxBytes) {
			this.fileError = msg(locale, "import.too-large", { limit: Math.round(this.maxBytes / 1024 / 1024) });
			return;
		}
		try {
			const text = decodeCsv(await file.arrayBuffer(), this.encoding, this.maxBytes);
			const rows = parseCsv(text, this.delimiter === "auto" ? detectDelimiter(text) : this.delimiter).filter((r) => r.some((c) => c.trim()));
			if (rows.length < 2) {
				this.fileError = msg(locale, "import.no-rows");
				return;
			}
			this.header = rows[0];
			this.body = rows.slice(1);
			this.mapping = matchHeaders(this.header);
			this.step = "map";
		} catch (error) {
			this.fileError = error instanceof CsvTooLargeError ? msg(locale, "import.too-large", { limit: Math.round(this.maxBytes / 1024 / 1024) }) : msg(locale, "import.unreadable");
		}
	}
	render() {
		const locale = this.activeLocale;
		const campaign = this.campaignQuery.status === "ready" ? this.campaignQuery.value : void 0;
		if (this.campaignQuery.status === "error") return renderError(locale, this.campaignQuery.error, () => void this.campaignQuery.refresh());
		switch (this.step) {
			case "choose": return this.renderChoose(locale);
			case "map": return this.renderMap(locale, campaign);
			case "importing": return this.renderProgress(locale);
			default: return this.renderDone(locale);
		}
	}
	renderChoose(locale) {
		return b`<div class="step">
      <div class="field">
        <label for="file">${msg(locale, "import.file")}</label>
        <input
          id="file"
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby="file-hint${this.fileError ? " file-error" : ""}"
          aria-invalid=${this.fileError ? "true" : "false"}
          @change=${(e) => {
			const f = e.target.files?.[0];
			if (f) this.load(f);
		}}
        />
        <p id="file-hint" class="hint">${msg(locale, "import.file-hint", { limit: Math.round(this.maxBytes / 1024 / 1024) })}</p>
        ${this.fileError ? b`<p id="file-error" class="problem" role="alert">${this.fileError}</p>` : A}
      </div>
      <div class="row2">
        <div class="field">
          <label for="encoding">${msg(locale, "import.encoding")}</label>
          <select id="encoding" .value=${l(this.encoding)} @change=${(e) => this.reload({ encoding: e.target.value })}>
            ${ENCODINGS.map(([v, label]) => b`<option value=${v} ?selected=${v === this.encoding}>${label ? msg(locale, label) : "UTF-8"}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="delimiter">${msg(locale, "import.delimiter")}</label>
          <select id="delimiter" .value=${l(this.delimiter)} @change=${(e) => this.reload({ delimiter: e.target.value })}>
            <option value="auto">${msg(locale, "import.delim-auto")}</option>
            <option value=",">${msg(locale, "import.delim-comma")}</option>
            <option value=";">${msg(locale, "import.delim-semicolon")}</option>
            <option value="\t">${msg(locale, "import.delim-tab")}</option>
          </select>
        </div>
      </div>
    </div>`;
	}
	reload(change) {
		if (change.encoding) this.encoding = change.encoding;
		if (change.delimiter) this.delimiter = change.delimiter;
		if (this.file) this.load(this.file);
	}
	renderMap(locale, campaign) {
		const hasEmail = this.mapping.includes("email");
		const statuses = campaign?.memberStatuses ?? [];
		const status = this.status || statuses.find((s) => s.default)?.label || "";
		const preview = rowsToLeads(this.body.slice(0, PREVIEW_ROWS), this.mapping);
		const mapped = FIELDS.filter(([f]) => this.mapping.includes(f));
		return b`<div class="step">
      <p>${msg(locale, "import.rows", { count: this.formatNumber(this.body.length) })}</p>
      <h4 id="mapping-title">${msg(locale, "import.mapping")}</h4>
      <table class="mapping" aria-labelledby="mapping-title">
        <thead>
          <tr>
            <th scope="col">${msg(locale, "import.column")}</th>
            <th scope="col">${msg(locale, "import.sample")}</th>
            <th scope="col">${msg(locale, "import.field")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.header.map((h, i) => b`<tr>
              <th scope="row">${h}</th>
              <td class="sample">${this.body.find((r) => r[i]?.trim())?.[i] ?? ""}</td>
              <td>
                <select aria-label=${`${msg(locale, "import.field")}: ${h}`} .value=${l(this.mapping[i] ?? "")} @change=${(e) => this.setMapping(i, e.target.value)}>
                  <option value="">${msg(locale, "import.skip")}</option>
                  ${FIELDS.map(([f, label]) => b`<option value=${f} ?selected=${this.mapping[i] === f}>${msg(locale, label)}</option>`)}
                </select>
              </td>
            </tr>`)}
        </tbody>
      </table>
      ${hasEmail ? A : b`<p class="problem" role="alert">${msg(locale, "import.need-email")}</p>`}
      ${mapped.length ? b`<h4 id="preview-title">${msg(locale, "import.preview")}</h4>
            <div class="scroll" role="region" aria-labelledby="preview-title" tabindex="0">
              <table class="preview" aria-labelledby="preview-title">
                <thead>
                  <tr>
                    ${mapped.map(([, label]) => b`<th scope="col">${msg(locale, label)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${preview.map((lead) => b`<tr>${mapped.map(([f]) => b`<td>${lead[f] ?? ""}</td>`)}</tr>`)}
                </tbody>
              </table>
            </div>` : A}
      <div class="field narrow">
        <label for="status">${msg(locale, "import.status")}</label>
        <select id="status" .value=${l(status)} @change=${(e) => this.status = e.target.value}>
          ${statuses.map((s) => b`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button ?disabled=${!hasEmail || !campaign} @click=${() => this.start(status)}>${msg(locale, "import.start", { count: this.formatNumber(this.body.length) })}</button>
        <button class="secondary" @click=${this.reset}>${msg(locale, "import.back")}</button>
      </div>
    </div>`;
	}
	setMapping(column, field) {
		this.mapping = this.mapping.map((f, i) => i === column ? field || void 0 : f === field ? void 0 : f);
	}
	renderProgress(locale) {
		const { done, total } = this.progress;
		return b`<div class="step">
      <label for="progress">${msg(locale, "import.progress", {
			done: this.formatNumber(done),
			total: this.formatNumber(total)
		})}</label>
      <progress id="progress" part="progress" max=${total} .value=${done}></progress>
      <div class="actions"><button class="secondary" @click=${() => this.abort?.abort()}>${msg(locale, "import.stop")}</button></div>
    </div>`;
	}
	renderDone(locale) {
		const r = this.result;
		const errorRows = r ? [...new Set(r.errors.map((e) => e.row))] : [];
		return b`<div class="step">
      <div role="status">
        ${this.failure ? b`<p class="problem" role="alert">${this.failure}</p>` : A}
        ${this.stopped ? b`<p>${msg(locale, "import.stopped")}</p>` : A}
        ${r ? b`<p class="done">${msg(locale, "import.done", {
			created: this.formatNumber(r.created),
			matched: this.formatNumber(r.matched),
			members: this.formatNumber(r.membersCreated)
		})}</p>
              ${errorRows.length ? b`<p class="problem">${msg(locale, "import.errors", { count: this.formatNumber(errorRows.length) })}</p>` : A}` : A}
      </div>
      ${r && r.errors.length ? b`<ul class="row-errors">
              ${r.errors.slice(0, LISTED_ERRORS).map((e) => b`<li>
                  <strong>${msg(locale, "import.row", { row: e.row + 1 })}</strong> · ${this.fieldLabel(locale, e.path)}: ${fieldMessage(locale, e.code)}
                  ${this.body[e.row - 1] ? b`<span class="raw">${this.rawValue(e.row, e.path)}</span>` : A}
                </li>`)}
            </ul>
            <button class="secondary" @click=${this.downloadErrors}>${msg(locale, "import.download-errors")}</button>` : A}
      <div class="actions"><button @click=${this.reset}>${msg(locale, "import.another")}</button></div>
    </div>`;
	}
	fieldLabel(locale, path) {
		const def = FIELDS.find(([f]) => f === path);
		return def ? msg(locale, def[1]) : path;
	}
	rawValue(row, path) {
		const col = this.mapping.indexOf(path);
		const value = col >= 0 ? this.body[row - 1]?.[col] : void 0;
		return value ? `“${value}”` : "";
	}
	reset() {
		this.step = "choose";
		this.file = void 0;
		this.header = [];
		this.body = [];
		this.mapping = [];
		this.result = void 0;
		this.failure = "";
		this.stopped = false;
		this.fileError = "";
	}
	async start(status) {
		const rows = rowsToLeads(this.body, this.mapping);
		const abort = this.abort = new AbortController();
		this.progress = {
			done: 0,
			total: rows.length
		};
		this.step = "importing";
		this.stopped = false;
		this.failure = "";
		let result;
		try {
			result = await this.adapters.adapter.importLeads({
				campaignId: this.campaign,
				...status ? { status } : {}
			}, rows, {
				signal: abort.signal,
				onProgress: (done, total) => this.progress = {
					done,
					total
				}
			});
		} catch (error) {
			if (error instanceof AbortedError || abort.signal.aborted) this.stopped = true;
			else this.failure = msg(this.activeLocale, "list.failed", { reason: errorMessage(this.activeLocale, error) });
		}
		this.result = result;
		this.step = "done";
		this.dispatchEvent(new MembersImportedEvent({
			campaignId: this.campaign,
			result: result ?? {
				created: 0,
				matched: 0,
				membersCreated: 0,
				errors: []
			},
			stopped: this.stopped
		}));
	}
	/** The rows that were not imported, as they were in the file, with the reason in a last column. */
	errorCsv() {
		const locale = this.activeLocale;
		const byRow = /* @__PURE__ */ new Map();
		for (const e of this.result?.errors ?? []) {
			const list = byRow.get(e.row) ?? [];
			list.push(`${this.fieldLabel(locale, e.path)}: ${fieldMessage(locale, e.code)}`);
			byRow.set(e.row, list);
		}
		const rows = [...byRow].map(([row, reasons]) => [
			msg(locale, "import.row", { row: row + 1 }),
			...this.header.map((_, i) => this.body[row - 1]?.[i] ?? ""),
			reasons.join("; ")
		]);
		return formatCsv([
			"#",
			...this.header,
			msg(locale, "import.error-column")
		], rows);
	}
	downloadErrors() {
		downloadCsv(`${(this.file?.name ?? "import").replace(/\.[^.]+$/, "")} - ${msg(this.activeLocale, "import.error-column")}.csv`, this.errorCsv());
	}
};
__decorate([n$1({ reflect: true })], CampaignMemberImport.prototype, "campaign", void 0);
__decorate([n$1({
	type: Number,
	attribute: "max-bytes"
})], CampaignMemberImport.prototype, "maxBytes", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "step", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "file", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "encoding", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "delimiter", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "header", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "body", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "mapping", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "fileError", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "status", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "progress", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "result", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "stopped", void 0);
__decorate([r$2()], CampaignMemberImport.prototype, "failure", void 0);
// src/components/campaign-member-list/campaign-member-list.styles.ts
var styles$1 = [
	tokens,
	controls,
	shared,
	i$6`
    .base {
      grid-template-columns: minmax(0, 1fr);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    .total {
      color: var(--_muted);
      font-weight: 600;
    }
    .toolbar {
      margin-inline-start: auto;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .toolbar button {
      padding-inline: 0.9rem;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chip {
      min-height: 36px;
      padding: 0.25rem 0.8rem;
      border-radius: 999px;
      background: transparent;
      color: var(--_text);
      border: 1px solid var(--_border);
      font-weight: 500;
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
    }
    .chip .n {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .chip[aria-pressed='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }
    .filters {
      display: grid;
      grid-template-columns: minmax(12rem, 2fr) minmax(10rem, 1fr);
      gap: 0.75rem;
    }
    @container (max-width: 32rem) {
      .filters {
        grid-template-columns: 1fr;
      }
    }
    .base {
      container-type: inline-size;
    }
    .bulk {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 0.75rem;
      padding: 0.6rem 0.75rem;
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_accent) 9%, var(--_surface));
      border: 1px solid color-mix(in srgb, var(--_accent) 35%, var(--_border));
    }
    .bulk strong {
      align-self: center;
    }
    .bulk .inline {
      display: grid;
      gap: 0.15rem;
      margin: 0;
      font-weight: 500;
      font-size: 0.875rem;
    }
    .bulk select {
      width: auto;
      min-width: 10rem;
    }
    .confirm {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .confirm p {
      margin: 0;
      flex-basis: 100%;
      font-weight: 600;
    }
    .viewport {
      min-width: 0;
      position: relative;
      height: var(--lead-kit-list-height, 28rem);
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overscroll-behavior: contain;
    }
    .viewport:focus-visible {
      outline: 3px solid color-mix(in srgb, var(--_accent) 60%, transparent);
      outline-offset: 2px;
    }
    .header {
      position: sticky;
      top: 0;
      z-index: 2;
      width: max(100%, var(--min));
    }
    .row {
      display: grid;
      grid-template-columns: var(--cols);
      height: 44px;
      box-sizing: border-box;
      border-bottom: 1px solid var(--_border);
      width: 100%;
    }
    .body {
      position: relative;
      width: max(100%, var(--min));
    }
    .body .row {
      position: absolute;
      top: 0;
      left: 0;
      background: var(--_surface);
    }
    .header-row {
      background: color-mix(in srgb, var(--_text) 5%, var(--_surface));
      font-weight: 600;
      height: auto;
      min-height: 44px;
    }
    .header-row .cell {
      white-space: normal;
      padding-block: 0.3rem;
    }
    .narrow .body .row {
      height: 64px;
    }
    .cell.stacked {
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      gap: 0.1rem;
    }
    .cell.stacked > span {
      max-width: 100%;
    }
    .cell .sub {
      color: var(--_muted);
      font-size: 0.8125rem;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .row.selected {
      background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    }
    .body .row:hover {
      background: color-mix(in srgb, var(--_text) 4%, var(--_surface));
    }
    .body .row.selected:hover {
      background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    }
    .cell {
      display: flex;
      align-items: center;
      padding: 0 0.6rem;
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .cell .text {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .cell.check {
      justify-content: center;
      padding: 0;
    }
    .cell input[type='checkbox'] {
      width: 1.1rem;
      height: 1.1rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .cell.active {
      box-shadow: inset 0 0 0 2px var(--_accent);
    }
    .viewport:not(:focus-within) .cell.active {
      box-shadow: none;
    }
    .cell select {
      min-height: 32px;
      padding: 0.15rem 0.4rem;
      font-size: 0.9375rem;
    }
    .sort {
      all: unset;
      cursor: pointer;
      display: flex;
      gap: 0.35rem;
      align-items: center;
      width: 100%;
      min-height: 100%;
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    .sort .arrow {
      font-size: 0.7rem;
      color: var(--_accent);
    }
    .skeleton {
      display: block;
      height: 0.7rem;
      width: 70%;
      border-radius: 4px;
      background: color-mix(in srgb, var(--_text) 10%, var(--_surface));
    }
    .cell.email,
    .cell.added,
    .cell.first-responded {
      font-variant-numeric: tabular-nums;
    }
    .no-match,
    .empty-state {
      padding: 2rem 1rem;
      text-align: center;
      color: var(--_muted);
    }
    .grid-wrap {
      position: relative;
    }
    .no-match {
      position: absolute;
      inset: 44px 1px auto 1px;
    }
    .more,
    .row-error {
      padding: 0.5rem 0.75rem;
      color: var(--_muted);
    }
    .row-error {
      color: var(--_danger);
    }
    .announce:empty {
      display: none;
    }
    .announce {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .state {
      color: var(--_muted);
      margin: 0;
    }
    .columns-picker {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
      padding: 0.5rem 0.75rem;
    }
    .columns-picker legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .columns-picker ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: 0.25rem 1rem;
    }
    .columns-picker li {
      display: flex;
      align-items: center;
      gap: 0.25rem;
    }
    .columns-picker label {
      flex: 1;
      margin: 0;
      font-weight: 500;
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    button.icon {
      min-height: 32px;
      min-width: 32px;
      padding: 0;
    }
    dialog {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      padding: 1.25rem;
      width: min(44rem, calc(100vw - 2rem));
      box-sizing: border-box;
    }
    dialog::backdrop {
      background: var(--_backdrop);
    }
    dialog h3 {
      margin: 0 0 0.75rem;
    }
    .dialog-head {
      display: flex;
      justify-content: space-between;
      align-items: start;
      gap: 1rem;
    }
    .dialog-actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 1rem;
    }
    .compact-table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .compact-table th,
    .compact-table td {
      text-align: start;
      padding: 0.45rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      max-width: 16rem;
    }
    .compact-table th {
      font-size: 0.875rem;
      color: var(--_muted);
      white-space: normal;
      overflow-wrap: anywhere;
      vertical-align: bottom;
    }
    .compact .head {
      justify-content: space-between;
    }
    .compact .view-all {
      color: var(--_accent);
      font-weight: 600;
    }
    .compact button.view-all {
      min-height: 36px;
    }
  `
];
// src/components/campaign-member-list/columns.ts
init_members();
addComponentStrings();
/** The columns a member list can show. */
var memberColumns = [
	"name",
	"type",
	"company",
	"email",
	"status",
	"responded",
	"first-responded",
	"added"
];
var COLUMNS = {
	name: {
		label: "col.name",
		sort: "name",
		width: [11, 1.4]
	},
	type: {
		label: "col.type",
		sort: "type",
		width: [8, .6]
	},
	company: {
		label: "col.company",
		sort: "company",
		width: [9, 1]
	},
	email: {
		label: "col.email",
		sort: "email",
		width: [13, 1.4]
	},
	status: {
		label: "col.status",
		sort: "status",
		width: [9.5, .9]
	},
	responded: {
		label: "col.responded",
		sort: "responded",
		width: [6.5, .6]
	},
	"first-responded": {
		label: "col.first-responded",
		sort: "responded",
		width: [8.5, .8]
	},
	added: {
		label: "col.added",
		sort: "added",
		width: [8.5, .8]
	}
};
/** Columns in the order they give way as the list narrows (the first ones stay longest). */
var PRIORITY = [
	"name",
	"status",
	"email",
	"type",
	"added",
	"company",
	"responded",
	"first-responded"
];
/** Width of the checkbox column (rem). */
var CHECK_REM = 2.75;
/** Below this width (rem) the list is a list of cards: the name with the email under it, and the status. */
var NARROW_REM = 37.5;
/** The columns that fit a list `widthRem` wide, in display order (the default when `columns` is not set). */
function columnsForWidth(widthRem) {
	if (widthRem < 37.5) return ["name", "status"];
	const chosen = /* @__PURE__ */ new Set();
	let used = CHECK_REM;
	for (const c of PRIORITY) {
		if (used + COLUMNS[c].width[0] > widthRem) break;
		chosen.add(c);
		used += COLUMNS[c].width[0];
	}
	return memberColumns.filter((c) => chosen.has(c));
}
/** The columns named in a `columns` attribute (comma- or space-separated), known ones only, in order. */
function parseColumns(value) {
	const names = (value ?? "").split(/[\s,]+/).filter((c) => memberColumns.includes(c));
	const unique = [...new Set(names)];
	return unique.length ? unique : [...memberColumns];
}
/** A member's name as `locale` orders it (no email fallback: the email has its own column). */
function memberName(locale, m, order) {
	return personName(m.person, locale, order);
}
/** The text of a cell, as shown and as exported. */
function cellText(locale, column, m, order) {
	switch (column) {
		case "name": return memberName(locale, m, order);
		case "type": return msg(locale, m.leadId ? "list.lead" : "list.contact");
		case "company": return m.person.company ?? "";
		case "email": return m.person.email ?? "";
		case "status": return statusLabel(locale, m.status);
		case "responded": return msg(locale, m.responded ? "list.yes" : "list.no");
		case "first-responded": return formatDate$1(locale, m.firstRespondedAt);
		case "added": return formatDate$1(locale, m.createdAt);
	}
}
/**
* Header and row of the CSV export for the shown columns. The name is split into first and last
* name and dates are ISO 8601, so the file imports back (headers match in the kit's languages).
*/
function exportHeader(locale, columns) {
	return columns.flatMap((c) => c === "name" ? [msg(locale, "form.firstName"), msg(locale, "form.lastName")] : [msg(locale, COLUMNS[c].label)]);
}
function exportRow(locale, columns, m) {
	return columns.flatMap((c) => {
		if (c === "name") return [m.person.firstName ?? "", m.person.lastName ?? ""];
		if (c === "first-responded") return [m.firstRespondedAt ?? ""];
		if (c === "added") return [m.createdAt];
		if (c === "status") return [m.status];
		return [cellText(locale, c, m)];
	});
}
// src/components/campaign-member-list/column-picker.ts
/** `shown` with `c` shown or hidden (the last shown column stays). */
function toggleColumn(shown, c) {
	if (!shown.includes(c)) return [...shown, c];
	return shown.length > 1 ? shown.filter((x) => x !== c) : [...shown];
}
/** `shown` with `c` moved one place earlier (-1) or later (1). */
function moveColumn(shown, c, by) {
	const next = [...shown];
	const i = next.indexOf(c);
	const j = i + by;
	if (i < 0 || j < 0 || j >= next.length) return next;
	[next[i], next[j]] = [next[j], next[i]];
	return next;
}
/**
* The column picker: every column with a checkbox (shown or not) and buttons to move the shown
* ones; `change` gets the new list of shown columns.
*/
function renderColumnPicker(locale, shown, change) {
	const order = [...shown, ...memberColumns.filter((c) => !shown.includes(c))];
	return b`<fieldset id="columns" class="columns-picker">
    <legend>${msg(locale, "list.columns")}</legend>
    <ul>
      ${order.map((c, i) => {
		const label = msg(locale, COLUMNS[c].label);
		const on = shown.includes(c);
		return b`<li>
          <label><input type="checkbox" .checked=${on} ?disabled=${on && shown.length === 1} @change=${() => change(toggleColumn(shown, c))} /> ${label}</label>
          <button class="icon secondary" aria-label=${msg(locale, "list.move-up", { column: label })} ?disabled=${!on || i === 0} @click=${() => change(moveColumn(shown, c, -1))}>↑</button>
          <button class="icon secondary" aria-label=${msg(locale, "list.move-down", { column: label })} ?disabled=${!on || i >= shown.length - 1} @click=${() => change(moveColumn(shown, c, 1))}>↓</button>
        </li>`;
	})}
    </ul>
  </fieldset>`;
}
// src/components/campaign-member-list/column-fit.ts
/** Padding of the list's frame (rem), not available to the grid. */
var FRAME_REM = 2.25;
/**
* Follows the list's own width (not the viewport's: the list may sit in a sidebar or a CRM
* page layout column) and says which columns fit it, and when it is narrow enough for cards.
*/
var ColumnFit = class {
	constructor(host) {
		this.host = host;
		this.fitting = [...memberColumns];
		this.narrow = false;
		host.addController(this);
	}
	hostConnected() {
		this.observer ??= new ResizeObserver(([entry]) => this.fit(entry.contentRect.width));
		this.observer.observe(this.host);
	}
	hostDisconnected() {
		this.observer?.disconnect();
	}
	fit(width) {
		if (!width) return;
		const rem = width / (parseFloat(getComputedStyle(this.host).fontSize) || 16) - FRAME_REM;
		const fitting = columnsForWidth(rem);
		const narrow = rem < NARROW_REM;
		if (fitting.join() === this.fitting.join() && narrow === this.narrow) return;
		this.fitting = fitting;
		this.narrow = narrow;
		this.host.requestUpdate();
	}
};
// src/components/campaign-member-list/grid-keyboard.ts
/**
* The ARIA grid keyboard model (WAI-ARIA APG "data grid"): arrows, Home/End (with Ctrl: first
* and last row), PageUp/PageDown by `page` rows, Space selects, Enter activates, Escape clears,
* Ctrl/Cmd+A selects all. Undefined for keys the grid leaves alone.
*/
function gridKey(e, at, size) {
	const ctrl = e.ctrlKey || e.metaKey;
	let { row, col } = at;
	switch (e.key) {
		case "ArrowDown":
			row = Math.min(size.rows - 1, row + 1);
			break;
		case "ArrowUp":
			row = Math.max(-1, row - 1);
			break;
		case "ArrowRight":
			col = Math.min(size.cols - 1, col + 1);
			break;
		case "ArrowLeft":
			col = Math.max(0, col - 1);
			break;
		case "PageDown":
			row = Math.min(size.rows - 1, row + size.page);
			break;
		case "PageUp":
			row = Math.max(-1, row - size.page);
			break;
		case "Home":
			col = 0;
			if (ctrl) row = -1;
			break;
		case "End":
			col = size.cols - 1;
			if (ctrl) row = size.rows - 1;
			break;
		case " ": return { action: "select" };
		case "Enter": return { action: "activate" };
		case "Escape": return { action: "clear" };
		case "a": return ctrl ? { action: "select-all" } : void 0;
		default: return;
	}
	return { move: {
		row,
		col
	} };
}
// src/adapters/bulk.ts
init_errors$1();
/** Rows per request when walking every member matching a query. */
var PAGE = 500;
/** Members per write: each write is atomic; a stale version fails only its chunk. */
var WRITE_CHUNK = 1e3;
/**
* Every member matching `query`, page by page with keyset cursors (sort, filter and search as
* the list shows them). Used for "all matching" bulk actions and CSV export.
*/
async function* memberPages(adapter, query, options) {
	let cursor;
	do {
		const page = await adapter.pageMembers({
			...query,
			limit: PAGE,
			...cursor ? { cursor } : {}
		}, options);
		if (page.items.length) yield page.items;
		cursor = page.nextCursor;
	} while (cursor);
}
/** Splits `items` into chunks an adapter accepts in one write. */
function writeChunks(items, size = WRITE_CHUNK) {
	const chunks = [];
	for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
	return chunks;
}
/**
* Writes `items` chunk by chunk (each chunk all-or-nothing): a chunk refused with a
* `ConflictError` is counted in `conflicts` and the next one goes on; any other error stops the
* write and is thrown (the chunks before it stay written). `onProgress` gets the items done.
*/
async function bulkWrite(items, write, onProgress) {
	const saved = [];
	let conflicts = 0;
	let done = 0;
	for (const chunk of writeChunks(items)) {
		try {
			const result = await write(chunk);
			if (result) saved.push(...result);
		} catch (error) {
			if (!(error instanceof ConflictError)) throw error;
			conflicts += chunk.length;
		}
		done += chunk.length;
		onProgress?.(done, items.length);
	}
	return {
		saved,
		conflicts
	};
}
// src/components/campaign-member-list/member-actions.ts
init_errors$1();
/**
* The member list's writes and export: a status on one member, a status or removal on the
* selection (or every member matching, chunk by chunk through `bulkWrite`), and CSV export.
* Fires the intent events (cancelable) before and the result events after; keeps the progress,
* the polite announcement and the problem shown. One write per chunk; the rows show the members
* each write answered at once.
*/
var MemberActions = class {
	constructor(element, context) {
		this.element = element;
		this.context = context;
		this.notice = "";
		this.problem = "";
		element.addController(this);
	}
	get host() {
		return this.context();
	}
	hostConnected() {}
	set(patch) {
		Object.assign(this, patch);
		this.element.requestUpdate();
	}
	/** Reports a failed action: nothing of it was written. */
	fail(action, error) {
		const locale = this.host.locale;
		this.set({ problem: error instanceof ConflictError ? msg(locale, "list.conflict") : msg(locale, "list.failed", { reason: errorMessage(locale, error) }) });
		this.element.dispatchEvent(new MemberActionErrorEvent({
			action,
			error
		}));
	}
	/** The event detail naming the selection. */
	targetsDetail() {
		const { selection, data } = this.host;
		const count = selection.count(data.matching ?? (data.rows?.complete ? data.rows.length : void 0)) ?? data.rows?.length ?? 0;
		return {
			campaignId: this.host.campaign,
			memberIds: selection.allMatching ? [] : [...selection.chosen.keys()],
			allMatching: selection.allMatching,
			count
		};
	}
	/** A status picked in a row's cell. True when saved. */
	changeOne(member, status) {
		const detail = {
			campaignId: this.host.campaign,
			memberIds: [member.id],
			allMatching: false,
			count: 1
		};
		return this.setStatus(() => Promise.resolve([{
			id: member.id,
			version: member.version
		}]), status, detail, false);
	}
	/** The bulk bar's "Apply": `status` on the selection. */
	async applyStatus(status) {
		await this.setStatus(() => this.host.selection.targets(this.host.adapter, this.host.filter), status, this.targetsDetail(), true);
	}
	async setStatus(targets, status, detail, bulk) {
		const intent = new MemberStatusChangeEvent({
			...detail,
			status
		});
		this.element.dispatchEvent(intent);
		if (intent.defaultPrevented) return false;
		const { adapter, campaign, locale } = this.host;
		this.set({
			problem: "",
			...bulk ? { busy: {
				done: 0,
				total: detail.count
			} } : {}
		});
		try {
			const list = await targets();
			const { saved, conflicts } = await bulkWrite(list, async (chunk) => {
				const members = await adapter.setMemberStatus({
					campaignId: campaign,
					members: chunk,
					status
				});
				this.host.data.apply(members);
				return members;
			}, (done, total) => bulk && this.set({ busy: {
				done,
				total
			} }));
			if (saved.length) {
				this.host.selection.carry(saved);
				this.element.dispatchEvent(new MemberStatusChangedEvent({
					campaignId: campaign,
					status,
					members: saved,
					conflicts
				}));
				this.set({ notice: msg(locale, "list.updated", {
					status: statusLabel(locale, status),
					count: this.host.format(saved.length)
				}) });
			}
			if (conflicts) {
				this.set({ problem: saved.length ? msg(locale, "list.partial", {
					done: this.host.format(saved.length),
					total: this.host.format(list.length)
				}) : msg(locale, "list.conflict") });
				this.element.dispatchEvent(new MemberActionErrorEvent({
					action: "status",
					error: new ConflictError(`${conflicts} member(s) changed meanwhile`)
				}));
				this.host.data.retry();
			}
			return conflicts === 0;
		} catch (error) {
			this.fail("status", error);
			return false;
		} finally {
			if (bulk) this.set({ busy: void 0 });
		}
	}
	/** The confirmation's "Remove": removes the selection. */
	async removeSelected() {
		const detail = this.targetsDetail();
		const intent = new MembersRemoveEvent(detail);
		this.element.dispatchEvent(intent);
		if (intent.defaultPrevented) return;
		const { adapter, campaign, locale } = this.host;
		this.set({
			problem: "",
			busy: {
				done: 0,
				total: detail.count
			}
		});
		try {
			const targets = await this.host.selection.targets(adapter, this.host.filter);
			let removed = 0;
			const { conflicts } = await bulkWrite(targets, async (chunk) => {
				await adapter.removeMembers({
					campaignId: campaign,
					members: chunk
				});
				removed += chunk.length;
			}, (done, total) => this.set({ busy: {
				done,
				total
			} }));
			this.host.selection.clear();
			this.set({
				notice: msg(locale, "list.removed", { count: this.host.format(removed) }),
				...conflicts ? { problem: removed ? msg(locale, "list.partial", {
					done: this.host.format(removed),
					total: this.host.format(targets.length)
				}) : msg(locale, "list.conflict") } : {}
			});
			this.element.dispatchEvent(new MembersRemovedEvent({
				campaignId: campaign,
				count: removed,
				conflicts
			}));
		} catch (error) {
			this.fail("remove", error);
		} finally {
			this.set({ busy: void 0 });
		}
	}
	/** Exports the members matching the filter and search, in the shown columns, as CSV. */
	async exportCsv() {
		const { adapter, campaign, locale, shownColumns: cols } = this.host;
		const rows = [];
		this.set({
			problem: "",
			busy: {
				done: 0,
				total: this.host.data.matching ?? 0
			}
		});
		try {
			for await (const page of memberPages(adapter, this.host.filter)) {
				for (const m of page) rows.push(exportRow(locale, cols, m));
				this.set({ busy: {
					done: rows.length,
					total: Math.max(rows.length, this.busy?.total ?? 0)
				} });
			}
		} catch (error) {
			this.fail("export", error);
			return;
		} finally {
			this.set({ busy: void 0 });
		}
		const csv = formatCsv(exportHeader(locale, cols), rows);
		const filename = `${(this.host.data.campaign?.name ?? campaign).replace(/[\\/:*?"<>|]+/g, "-").trim() || "campaign"} - ${msg(locale, "list.title")}.csv`;
		const event = new MembersExportEvent({
			campaignId: campaign,
			csv,
			filename,
			count: rows.length
		});
		this.element.dispatchEvent(event);
		this.set({ notice: msg(locale, "list.exported", { count: this.host.format(rows.length) }) });
		if (!event.defaultPrevented) downloadCsv(filename, csv);
	}
};
/** Blocks one refresh reads at most (the adapter's page limit is 500 rows). */
var MAX_BLOCKS = 5;
/** True when the filter's rows can be reached by offset with a known total (no search, no type). */
function seekableFilter(filter) {
	return !filter.search && !filter.type;
}
/** Members matching `filter` when the maintained counts tell it (no search, not type and status together). */
function matchingCount(filter, counts) {
	if (filter.search) return void 0;
	if (filter.type && filter.status) return void 0;
	if (filter.type) return filter.type === "lead" ? counts.leads : counts.contacts;
	if (filter.status) return counts.byStatus[filter.status] ?? 0;
	return counts.total;
}
/**
* The rows of a member list as the adapter pages them, fetched block by block as they scroll
* into view; nothing else is held. With a known `total` and no search/type filter (the offset
* then counts the same rows the list shows), any block is reachable at once: the next one with
* the previous block's keyset cursor, a far one by offset. Otherwise rows load in order
* ("infinite" mode) and `length` grows as they come.
*/
var MemberRows = class MemberRows {
	constructor(adapter, filter, total) {
		this.adapter = adapter;
		this.filter = filter;
		this.total = total;
		this.blocks = /* @__PURE__ */ new Map();
		this.loading = /* @__PURE__ */ new Map();
	}
	/**
	* Reads the rows [from, to) of `filter` and the campaign's counts in one adapter call (a first
	* load, or a refresh after a change): the rows come back ready to show at once.
	*/
	static async read(adapter, filter, from, to, signal) {
		const seekable = seekableFilter(filter);
		const last = Math.floor(Math.max(from, to - 1) / 100);
		const first = seekable ? Math.max(0, Math.min(Math.floor(from / 100), last)) : 0;
		const blocks = Math.min(MAX_BLOCKS, last - first + 1);
		const page = await adapter.pageMembers({
			...filter,
			limit: blocks * 100,
			...first ? { offset: first * 100 } : {},
			counts: true
		}, { signal });
		const counts = page.counts ?? await adapter.countMembers(filter.campaignId, { signal });
		const rows = new MemberRows(adapter, filter, seekable ? matchingCount(filter, counts) : void 0);
		for (let i = 0; i < blocks; i++) {
			const items = page.items.slice(i * 100, (i + 1) * 100);
			const lastBlock = i === blocks - 1 || items.length < 100;
			if (items.length || i === 0) rows.blocks.set(first + i, {
				items,
				...lastBlock && page.nextCursor ? { nextCursor: page.nextCursor } : {}
			});
			if (lastBlock) {
				if (!page.nextCursor) rows.endBlock = first + i;
				break;
			}
		}
		return {
			rows,
			counts
		};
	}
	/** Takes the members a write answered in place of the rows read (same id). */
	patch(members) {
		const byId = new Map(members.map((m) => [m.id, m]));
		for (const block of this.blocks.values()) block.items = block.items.map((m) => byId.get(m.id) ?? m);
	}
	/** True when any block can be fetched directly (offset jumps). */
	get seekable() {
		return this.total !== void 0 && seekableFilter(this.filter);
	}
	/** Rows the list is tall: the total when known, else the rows loaded so far. */
	get length() {
		if (this.total !== void 0) return this.endBlock === void 0 ? this.total : Math.min(this.total, this.loadedLength());
		return this.loadedLength();
	}
	/** True once the last row is known to be loaded (or the total is known). */
	get complete() {
		return this.total !== void 0 || this.endBlock !== void 0;
	}
	loadedLength() {
		if (this.endBlock !== void 0) return this.endBlock * 100 + (this.blocks.get(this.endBlock)?.items.length ?? 0);
		let n = 0;
		while (this.blocks.has(n)) n++;
		return n * 100;
	}
	/** The row at `index`, or undefined while its block is not loaded. */
	at(index) {
		return this.blocks.get(Math.floor(index / 100))?.items[index % 100];
	}
	/** Every loaded row (for carrying a selection's versions over). */
	*loaded() {
		for (const b of this.blocks.values()) yield* b.items;
	}
	/** Whether every row of [from, to) is loaded. */
	has(from, to) {
		for (let k = Math.floor(from / 100); k * 100 < to; k++) {
			if (this.endBlock !== void 0 && k > this.endBlock) break;
			if (!this.blocks.has(k)) return false;
		}
		return true;
	}
	/**
	* Loads the blocks covering rows [from, to). In infinite mode, loads in order up to there
	* (plus the block after, so the list knows whether more follow).
	*/
	async ensure(from, to, signal) {
		const first = Math.max(0, Math.floor(from / 100));
		const last = Math.floor(Math.max(from, to - 1) / 100);
		if (this.seekable) {
			for (let k = first; k <= last && k * 100 < (this.total ?? 0); k++) await this.load(k, signal);
			return;
		}
		for (let k = 0; k <= last + 1; k++) {
			if (this.endBlock !== void 0 && k > this.endBlock) return;
			await this.load(k, signal);
		}
	}
	load(k, signal) {
		if (this.blocks.has(k)) return Promise.resolve();
		let pending = this.loading.get(k);
		if (!pending) {
			pending = this.fetch(k, signal).then((page) => {
				this.blocks.set(k, page);
				this.loading.delete(k);
				if (!page.nextCursor) this.endBlock = this.endBlock === void 0 ? k : Math.min(this.endBlock, k);
			}, (error) => {
				this.loading.delete(k);
				throw error;
			});
			this.loading.set(k, pending);
		}
		return pending;
	}
	fetch(k, signal) {
		const query = {
			...this.filter,
			limit: 100
		};
		const previous = this.blocks.get(k - 1);
		if (k === 0) return this.adapter.pageMembers(query, { signal });
		if (previous?.nextCursor) return this.adapter.pageMembers({
			...query,
			cursor: previous.nextCursor
		}, { signal });
		if (previous) return Promise.resolve({ items: [] });
		return this.adapter.pageMembers({
			...query,
			offset: k * 100
		}, { signal });
	}
};
// src/components/campaign-member-list/member-rows-controller.ts
init_errors$1();
/**
* The member list's data: the campaign, its maintained counts and the visible rows. Loads on
* connect and when the filter or the adapter change; follows the adapter's change events by
* itself, only for changes that name its campaign, with ONE adapter call per change (the rows
* on screen and the counts together); reads the campaign record again only when that record
* changed. Fetches further blocks as the viewport scrolls, and applies the members a write
* answered without reading them back.
*/
var MemberRowsController = class {
	constructor(host, adapters, options) {
		this.host = host;
		this.adapters = adapters;
		this.options = options;
		this.status = "loading";
		this.range = {
			first: 0,
			last: 20
		};
		this.rowHeight = 44;
		this.key = "";
		this.campaignId = "";
		this.rowsAbort = new AbortController();
		this.runs = 0;
		this.running = false;
		host.addController(this);
	}
	/** Members matching the filter, when the counts tell it. */
	get matching() {
		return this.counts ? matchingCount(this.options.filter(), this.counts) : void 0;
	}
	hostConnected() {
		this.rowsAbort = new AbortController();
		this.removeListener = this.adapters.onChange((e) => this.handleChange(e));
	}
	hostDisconnected() {
		this.removeListener?.();
		this.abort?.abort();
		this.rowsAbort.abort();
		this.key = "";
		this.adapter = void 0;
	}
	hostUpdate() {
		const filter = this.options.filter();
		const adapter = this.adapters.adapter;
		if (!filter.campaignId) return;
		const key = JSON.stringify([filter, this.options.compact()]);
		if (adapter === this.adapter && key === this.key) return;
		const campaignChanged = adapter !== this.adapter || filter.campaignId !== this.campaignId;
		this.adapter = adapter;
		this.campaignId = filter.campaignId;
		this.key = key;
		const vp = this.options.viewport();
		if (vp) vp.scrollTop = 0;
		this.range = {
			first: 0,
			last: this.visibleRows()
		};
		this.load({
			campaign: campaignChanged || !this.campaign,
			fresh: true
		});
	}
	/** Reads again now (the "Try again" buttons). */
	retry() {
		this.load({
			campaign: !this.campaign || this.status === "error",
			fresh: false
		});
	}
	/** Shows the members a write answered at once (the change event's refresh confirms them). */
	apply(members) {
		this.rows?.patch(members);
		this.options.onRows?.(members);
		this.host.requestUpdate();
	}
	handleChange(e) {
		const id = this.options.filter().campaignId;
		const record = e.stores.includes("campaigns") && (!e.ids || e.ids.includes(id));
		if (!id || !(record || e.campaignIds.includes(id))) return;
		if (this.queued) this.queued.campaign ||= record;
		else this.queued = { campaign: record };
		if (!this.running) this.drain();
	}
	async drain() {
		while (this.queued) {
			const { campaign } = this.queued;
			this.queued = void 0;
			this.running = true;
			await this.load({
				campaign,
				fresh: false
			});
			this.running = false;
		}
	}
	/**
	* Reads the rows on screen with the counts (one call), and the campaign when asked. A fresh
	* load replaces the rows at once; a refresh swaps them in when read (no flash, scroll kept).
	*/
	async load({ campaign, fresh }) {
		const adapter = this.adapters.adapter;
		const filter = this.options.filter();
		this.abort?.abort();
		const abort = this.abort = new AbortController();
		const run = ++this.runs;
		if (fresh && campaign) {
			this.status = "loading";
			this.rows = void 0;
			this.host.requestUpdate();
		}
		const compact = this.options.compact();
		const [from, to] = compact !== void 0 ? [0, compact] : [this.range.first, this.range.last + 1];
		try {
			const [record, read] = await Promise.all([campaign ? adapter.getCampaign(filter.campaignId, { signal: abort.signal }) : Promise.resolve(this.campaign), MemberRows.read(adapter, filter, from, to, abort.signal).then((r) => r, (error) => ({ error }))]);
			if (run !== this.runs) return;
			this.campaign = record;
			if ("error" in read) {
				if (this.rows) this.rows.error = read.error;
				else if (!this.counts) throw read.error;
			} else {
				this.counts = read.counts;
				this.rowsAbort.abort();
				this.rowsAbort = new AbortController();
				this.rows = read.rows;
				this.options.onRows?.(read.rows.loaded());
			}
			this.error = void 0;
			this.status = this.counts && this.counts.total === 0 ? "empty" : "ready";
			this.options.onLoad?.(fresh);
		} catch (error) {
			if (run !== this.runs || error instanceof AbortedError || error?.name === "AbortError") return;
			this.error = error;
			this.status = "error";
		}
		this.host.requestUpdate();
	}
	visibleRows() {
		const height = this.options.viewport()?.clientHeight || 448;
		return Math.ceil(height / this.rowHeight) + 6;
	}
	/** Follows the viewport: renders the rows now in view and fetches the blocks they need. */
	updateRange() {
		const vp = this.options.viewport();
		const rows = this.rows;
		if (!vp || !rows) return;
		const top = Math.max(0, vp.scrollTop - this.rowHeight);
		const first = Math.max(0, Math.floor(top / this.rowHeight) - 6);
		const last = Math.ceil((vp.scrollTop + vp.clientHeight) / this.rowHeight) + 6;
		if (first !== this.range.first || last !== this.range.last) {
			this.range = {
				first,
				last
			};
			this.host.requestUpdate();
		}
		if (!rows.has(first, last + 1) || !rows.complete && last + 6 >= rows.length) rows.ensure(first, last + 1, this.rowsAbort.signal).then(() => {
			if (rows !== this.rows) return;
			rows.error = void 0;
			this.options.onRows?.(rows.loaded());
			this.host.requestUpdate();
		}, (error) => {
			if (rows !== this.rows || error instanceof AbortedError) return;
			rows.error = error;
			this.host.requestUpdate();
		});
	}
	/** Scrolls row `index` to the top. */
	scrollToIndex(index) {
		const vp = this.options.viewport();
		if (!vp) return;
		vp.scrollTop = Math.max(0, index) * this.rowHeight;
		this.updateRange();
	}
	/** Scrolls so that `row` is visible below the sticky header (keyboard navigation). */
	reveal(row) {
		const vp = this.options.viewport();
		if (!vp || row < 0) return;
		const top = row * this.rowHeight;
		if (top < vp.scrollTop) vp.scrollTop = top;
		else if (top + this.rowHeight > vp.scrollTop + vp.clientHeight - this.rowHeight) vp.scrollTop = top + 2 * this.rowHeight - vp.clientHeight;
		this.updateRange();
	}
};
// src/components/campaign-member-list/selection.ts
/**
* The member list's selection: chosen rows (with the versions read, so a bulk write refuses
* what changed meanwhile), or "every member matching the filter" minus the rows unticked, and
* the anchor of a Shift+click range.
*/
var MemberSelection = class {
	constructor(host) {
		this.host = host;
		this.chosen = /* @__PURE__ */ new Map();
		this.allMatching = false;
		this.excluded = /* @__PURE__ */ new Set();
		host.addController(this);
	}
	hostConnected() {}
	/** True when nothing is selected. */
	get empty() {
		return !this.allMatching && this.chosen.size === 0;
	}
	/** The header checkbox's state. */
	get state() {
		return this.allMatching ? this.excluded.size ? "mixed" : "true" : this.chosen.size ? "mixed" : "false";
	}
	has(id) {
		return this.allMatching ? !this.excluded.has(id) : this.chosen.has(id);
	}
	/** Members selected, given how many match the filter (undefined when unknown). */
	count(matching) {
		if (!this.allMatching) return this.chosen.size;
		return matching === void 0 ? void 0 : matching - this.excluded.size;
	}
	/** Toggles row `index` (with `range`: every row from the anchor to it, as `at` gives them). */
	toggle(index, member, range, at) {
		const select = !this.has(member.id);
		const targets = [];
		if (range && this.anchor !== void 0) {
			const [a, b] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
			for (let i = a; i <= b; i++) {
				const m = at(i);
				if (m) targets.push(m);
			}
		} else targets.push(member);
		this.anchor = index;
		if (this.allMatching) {
			const excluded = new Set(this.excluded);
			for (const m of targets) select ? excluded.delete(m.id) : excluded.add(m.id);
			this.excluded = excluded;
		} else {
			const chosen = new Map(this.chosen);
			for (const m of targets) select ? chosen.set(m.id, m.version) : chosen.delete(m.id);
			this.chosen = chosen;
		}
		this.host.requestUpdate();
	}
	/** Header checkbox: clears a selection, else selects every member matching. */
	toggleAll() {
		if (this.empty) this.selectAll();
		else this.clear();
	}
	selectAll() {
		this.allMatching = true;
		this.excluded = /* @__PURE__ */ new Set();
		this.chosen = /* @__PURE__ */ new Map();
		this.host.requestUpdate();
	}
	clear() {
		this.allMatching = false;
		this.excluded = /* @__PURE__ */ new Set();
		this.chosen = /* @__PURE__ */ new Map();
		this.anchor = void 0;
		this.host.requestUpdate();
	}
	/** Takes the versions of members read or written since, so the next write is not refused. */
	carry(members) {
		if (!this.chosen.size) return;
		let next;
		for (const m of members) if (this.chosen.has(m.id) && this.chosen.get(m.id) !== m.version) (next ??= new Map(this.chosen)).set(m.id, m.version);
		if (next) {
			this.chosen = next;
			this.host.requestUpdate();
		}
	}
	/** The selected members with the versions read, or every member matching `filter` (paged). */
	async targets(adapter, filter) {
		if (!this.allMatching) return [...this.chosen].map(([id, version]) => ({
			id,
			version
		}));
		const out = [];
		for await (const page of memberPages(adapter, filter)) for (const m of page) if (!this.excluded.has(m.id)) out.push({
			id: m.id,
			version: m.version
		});
		return out;
	}
};
// src/components/campaign-member-list/member-dialogs.ts
/**
* The list's two modal dialogs: "Add members" (`<campaign-member-add>`, reset when closed) and
* "Import CSV" (`<campaign-member-import>`).
*/
function renderDialogs(locale, v) {
	const close = (e) => e.target.closest("dialog")?.close();
	return b`<dialog class="add" aria-labelledby="add-title" @close=${(e) => e.target.querySelector("campaign-member-add")?.reset()}>
      <h3 id="add-title">${msg(locale, "list.add")}</h3>
      <campaign-member-add
        campaign=${v.campaign}
        locale=${v.locale ?? A}
        name-order=${v.nameOrder ?? A}
        .statuses=${v.statuses}
        @members-added=${v.added}
        @members-add-cancel=${close}
      ></campaign-member-add>
    </dialog>
    <dialog class="import" aria-labelledby="import-title">
      <div class="dialog-head">
        <h3 id="import-title">${msg(locale, "import.title")}</h3>
        <button class="secondary" @click=${close}>${msg(locale, "list.close")}</button>
      </div>
      <campaign-member-import campaign=${v.campaign} locale=${v.locale ?? A}></campaign-member-import>
    </dialog>`;
}
// src/components/campaign-member-list/member-grid.ts
/** Column tracks: every row shares them, so rows are as wide as the grid (or the columns' minimum). */
function gridTemplate(cols, narrow) {
	if (narrow) return {
		"--cols": `${CHECK_REM}rem ${cols.map((c) => c === "name" ? "minmax(0, 1.6fr)" : "minmax(7.5rem, 1fr)").join(" ")}`,
		"--min": "0px"
	};
	const tracks = [`${CHECK_REM}rem`, ...cols.map((c) => `minmax(${COLUMNS[c].width[0]}rem, ${COLUMNS[c].width[1]}fr)`)];
	const min = CHECK_REM + cols.reduce((n, c) => n + COLUMNS[c].width[0], 0);
	return {
		"--cols": tracks.join(" "),
		"--min": `${min}rem`
	};
}
/** The ARIA grid: sticky header, the visible rows (positioned), no-match and row-error states. */
function renderGrid(v) {
	const { locale } = v;
	const data = v.rows;
	const range = v.range;
	const cols = v.cols;
	const length = data?.length ?? 0;
	const known = !!data?.complete;
	const first = Math.min(range.first, Math.max(0, length - 1));
	const last = Math.min(range.last, length - 1);
	const rows = [];
	for (let i = first; i <= last; i++) rows.push(i);
	const allState = v.selection.state;
	const activeId = v.active.row < 0 ? `h-${v.active.col}` : `c-${v.active.row}-${v.active.col}`;
	const noMatch = data && data.complete && length === 0;
	return b`<div class="grid-wrap"><div
    part="grid"
    class="viewport"
    role="grid"
    tabindex="0"
    aria-labelledby="title"
    aria-multiselectable="true"
    aria-rowcount=${known ? length + 1 : -1}
    aria-colcount=${cols.length + 1}
    aria-activedescendant=${activeId}
    aria-busy=${data && !data.has(first, last + 1) ? "true" : "false"}
    style=${cssomStyle(gridTemplate(cols, v.narrow))}
    @scroll=${() => v.scroll()}
    @keydown=${v.keydown}
    @focus=${v.focus}
  >
    <div role="rowgroup" class="header">
      <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
        <div role="columnheader" id="h-0" class="cell check ${v.active.row < 0 && v.active.col === 0 ? "active" : ""}" aria-colindex="1">
          <input type="checkbox" tabindex="-1" aria-label=${msg(locale, "list.select-all", { count: v.format(v.matching ?? length) })} .checked=${l(allState === "true")} .indeterminate=${l(allState === "mixed")} @click=${() => v.selection.toggleAll()} />
        </div>
        ${cols.map((c, i) => {
		const sorted = COLUMNS[c].sort === v.sort && (c !== "first-responded" || !cols.includes("responded"));
		return b`<div
            role="columnheader"
            id="h-${i + 1}"
            class="cell ${v.active.row < 0 && v.active.col === i + 1 ? "active" : ""}"
            aria-colindex=${i + 2}
            aria-sort=${sorted ? v.direction === "asc" ? "ascending" : "descending" : "none"}
          >
            <button class="sort" tabindex="-1" @click=${() => v.sortBy(c)}>
              <span>${msg(locale, COLUMNS[c].label)}</span><span class="arrow" aria-hidden="true">${sorted ? v.direction === "asc" ? "▲" : "▼" : ""}</span>
            </button>
          </div>`;
	})}
      </div>
    </div>
    <div role="rowgroup" class="body" style=${cssomStyle({ height: `${Math.max(length, noMatch ? 0 : 1) * v.rowHeight}px` })}>
      ${rows.map((i) => renderRow(v, i, data.at(i), cols))}
    </div>
    </div>
    ${noMatch ? b`<div class="no-match">
          <p>${msg(locale, "list.empty-filter")}</p>
          <button class="secondary" @click=${v.clearFilters}>${msg(locale, "list.clear-filters")}</button>
        </div>` : A}
    ${data && !known && length > 0 ? b`<div class="more" aria-hidden="true">${msg(locale, "list.loading-more")}</div>` : A}
    ${data?.error ? b`<div class="row-error" role="alert">
          ${errorMessage(locale, data.error)}
          <button class="secondary" @click=${() => v.retry()}>${msg(locale, "action.retry")}</button>
        </div>` : A}
  </div>`;
}
function renderRow(v, i, member, cols) {
	const { m, locale } = v;
	const style = cssomStyle({ transform: `translateY(${i * v.rowHeight}px)` });
	const activeCell = (c) => v.active.row === i && v.active.col === c ? "active" : "";
	if (!member) return b`<div role="row" class="row placeholder" aria-rowindex=${i + 2} style=${style}>
      <div role="gridcell" id="c-${i}-0" class="cell check ${activeCell(0)}" aria-colindex="1"></div>
      ${cols.map((_, c) => b`<div role="gridcell" id="c-${i}-${c + 1}" class="cell ${activeCell(c + 1)}" aria-colindex=${c + 2}><span class="skeleton"></span></div>`)}
    </div>`;
	const selected = v.selection.has(member.id);
	const name = memberName(locale, member, v.nameOrder) || member.person.email || msg(locale, "list.no-name");
	return b`<div role="row" part="row" class="row ${selected ? "selected" : ""}" aria-rowindex=${i + 2} aria-selected=${selected ? "true" : "false"} style=${style}>
    <div role="gridcell" id="c-${i}-0" class="cell check ${activeCell(0)}" aria-colindex="1">
      <input type="checkbox" tabindex="-1" aria-label=${msg(locale, "list.select-row", { name })} .checked=${l(selected)} @click=${(e) => v.toggleRow(i, member, e.shiftKey)} />
    </div>
    ${cols.map((c, ci) => {
		const id = `c-${i}-${ci + 1}`;
		const cls = `cell ${c} ${activeCell(ci + 1)}`;
		if (c === "status" && !v.readonly) return b`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2}>
          <select tabindex="-1" title=${statusLabel(locale, member.status)} aria-label=${msg(locale, "list.status-of", { name })} .value=${l(member.status)} ?disabled=${!!v.busy} @change=${(e) => v.changeStatus(member, e.target)} @keydown=${v.editorKeydown}>
            ${statusOptions(m, member.status, locale)}
          </select>
        </div>`;
		const text = cellText(locale, c, member, v.nameOrder);
		if (c === "name" && v.narrow) {
			const email = member.person.email ?? "";
			return b`<div role="gridcell" id=${id} class="${cls} stacked" aria-colindex=${ci + 2} title=${[text, email].filter(Boolean).join("\n")}>
          <span class="text">${text || email}</span>${text && email ? b`<span class="sub">${email}</span>` : A}
        </div>`;
		}
		return b`<div role="gridcell" id=${id} class=${cls} aria-colindex=${ci + 2} title=${text || A}>
        ${c === "type" ? b`<span class="badge ${member.leadId ? "lead" : "contact"}">${text}</span>` : b`<span class="text">${text}</span>`}
      </div>`;
	})}
  </div>`;
}
function statusOptions(m, current, locale) {
	const labels = m.campaign.memberStatuses.map((s) => s.label);
	if (!labels.includes(current)) labels.push(current);
	return labels.map((l) => b`<option value=${l} ?selected=${l === current}>${statusLabel(locale, l)}</option>`);
}
/** Related-list mode: the first rows as a plain table, the total and "View all". */
function renderCompact(v, empty) {
	const { m, locale } = v;
	const data = v.rows;
	const cols = v.cols;
	const shown = [];
	for (let i = 0; data && i < Math.min(v.compactRows, data.length); i++) {
		const member = data.at(i);
		if (member) shown.push(member);
	}
	return b`<div part="base" class="base compact">
    <header class="head">
      <h2 id="title">${msg(locale, "list.title")} <span class="total">(${v.format(m.counts.total)})</span></h2>
      ${empty ? A : v.viewAllHref ? b`<a class="view-all" href=${v.viewAllHref} @click=${v.viewAll}>${msg(locale, "list.view-all")}</a>` : b`<button class="secondary view-all" @click=${v.viewAll}>${msg(locale, "list.view-all")}</button>`}
    </header>
    ${empty ? b`<p class="state">${msg(locale, "list.empty")}</p>` : b`<table class="compact-table">
          <thead>
            <tr>
              ${cols.map((c) => b`<th scope="col" title=${msg(locale, COLUMNS[c].label)}>${msg(locale, COLUMNS[c].label)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${shown.map((member) => b`<tr part="row">${cols.map((c) => b`<td class=${c} title=${cellText(locale, c, member, v.nameOrder)}>${cellText(locale, c, member, v.nameOrder)}</td>`)}</tr>`)}
          </tbody>
        </table>`}
  </div>`;
}
/** The counts per status above the list, each a toggle that filters by it ("All" clears). */
function renderStatusChips(locale, m, current, choose, format) {
	const chip = (status, label, n) => b`<button class="chip" aria-pressed=${current === status ? "true" : "false"} @click=${() => choose(status)}>
      <span>${label}</span><span class="n">${format(n)}</span>
    </button>`;
	return b`<div part="counts" class="chips" role="group" aria-label=${msg(locale, "list.by-status")}>
    ${chip("", msg(locale, "list.all"), m.counts.total)}
    ${m.campaign.memberStatuses.map((s) => chip(s.label, statusLabel(locale, s.label), m.counts.byStatus[s.label] ?? 0))}
  </div>`;
}
/** The bar shown while members are selected: how many, a status to apply, remove (confirmed), clear. */
function renderBulkBar(v, bar) {
	const { locale, m } = v;
	if (v.selection.empty) return A;
	const count = v.selection.count(v.matching ?? (v.rows?.complete ? v.rows.length : void 0));
	const countText = count === void 0 ? `${v.format(v.rows?.length ?? 0)}+` : v.format(count);
	const status = bar.status ?? "";
	return b`<div part="bulk-bar" class="bulk" role="region" aria-label=${msg(locale, "list.selected", { count: countText })}>
    <strong>${msg(locale, "list.selected", { count: countText })}</strong>
    ${v.readonly ? A : b`<label class="inline">
            <span>${msg(locale, "list.set-status")}</span>
            <select .value=${l(status)} @change=${(e) => bar.chooseStatus(e.target.value)}>
              ${m.campaign.memberStatuses.map((s) => b`<option value=${s.label} ?selected=${s.label === status}>${statusLabel(locale, s.label)}</option>`)}
            </select>
          </label>
          <button ?disabled=${v.busy} @click=${() => bar.apply(status)}>${msg(locale, "list.apply")}</button>
          <button class="secondary danger" ?disabled=${v.busy} @click=${() => bar.confirm(true)}>${msg(locale, "list.remove")}</button>`}
    <button class="secondary" @click=${() => bar.clear()}>${msg(locale, "list.clear-selection")}</button>
    ${bar.confirming ? b`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
          <p id="confirm-text">${msg(locale, "list.remove-confirm", { count: countText })}</p>
          <button class="danger" @click=${() => bar.remove()}>${msg(locale, "list.remove")}</button>
          <button class="secondary" @click=${() => bar.confirm(false)}>${msg(locale, "list.cancel")}</button>
        </div>` : A}
  </div>`;
}
// src/components/campaign-member-list/campaign-member-list.ts
addComponentStrings();
/**
* A campaign's members — leads and contacts with their status — as a related list for portals
* and CRM record pages. Sorts by any column, filters by status (the counts above the list) and
* type, and searches name, email and company; renders only the visible rows and fetches pages
* from the adapter with keyset cursors, so 100k members scroll smoothly. Statuses are edited
* inline or in bulk (the selection, or every member matching the filter); members are added by
* searching leads and contacts, removed, imported from CSV and exported to CSV. Follows every
* change on the page and in other tabs, keeping scroll position and selection. A conflicting
* concurrent change is reported, never overwritten.
*
* Keyboard: the list is one tab stop (ARIA grid). Arrow keys, Home/End, Ctrl+Home/End and
* PageUp/PageDown move between cells; Space selects the row (on the header: all matching);
* Enter sorts by a header's column or edits a status; Ctrl+A selects all matching; Escape
* clears the selection.
*
* @summary A campaign's members with statuses: sort, filter, search, bulk edit, CSV import/export.
* @tagname campaign-member-list
*
* @csspart base - The list's wrapper.
* @csspart toolbar - The actions row (add, import, export, columns).
* @csspart counts - The per-status counts (status filter).
* @csspart grid - The scrolling grid.
* @csspart header-row - The column headers.
* @csspart row - Each member row.
* @csspart bulk-bar - The bar shown while members are selected.
*
* @cssprop --lead-kit-list-height - Height of the scrolling grid (default 28rem).
* @cssprop --lead-kit-color-accent - Selection, focus and actions.
* @cssprop --lead-kit-color-surface - Background.
* @cssprop --lead-kit-color-border - Grid lines.
* @cssprop --lead-kit-color-text - Text color.
* @cssprop --lead-kit-color-muted - Secondary text.
* @cssprop --lead-kit-color-danger - Errors and removal.
* @cssprop --lead-kit-color-on-danger - Text on the remove button.
* @cssprop --lead-kit-color-backdrop - Behind the add and import dialogs.
* @cssprop --lead-kit-radius - Corner radius.
*
* @fires {MemberStatusChangeEvent} member-status-change - Before a status change is saved (cancelable). `detail: { campaignId, memberIds, allMatching, count, status }`.
* @fires {MemberStatusChangedEvent} member-status-changed - After it was saved. `detail: { campaignId, status, members, conflicts }`.
* @fires {MembersAddEvent} members-add - Before people are added (cancelable). `detail: { campaignId, people, status }`.
* @fires {MembersAddedEvent} members-added - After they were added. `detail: { campaignId, members }`.
* @fires {MembersRemoveEvent} members-remove - Before members are removed (cancelable). `detail: { campaignId, memberIds, allMatching, count }`.
* @fires {MembersRemovedEvent} members-removed - After they were removed. `detail: { campaignId, count, conflicts }`.
* @fires {MemberActionErrorEvent} member-action-error - A change failed; nothing of it was written. `detail: { action, error }`.
* @fires {MembersExportEvent} members-export - Before the CSV file downloads (cancelable: handle `detail.csv` yourself). `detail: { campaignId, csv, filename, count }`.
* @fires {MembersViewAllEvent} members-view-all - "View all" in compact mode (cancelable: the `view-all-href` link is then not followed). `detail: { campaignId }`.
* @fires {MemberColumnsChangeEvent} member-columns-change - The user showed, hid or moved a column. `detail: { columns }`.
* @fires {MembersImportedEvent} members-imported - A CSV import finished. `detail: { campaignId, result, stopped }`.
*/
var CampaignMemberList = class extends LocalizedElement {
	constructor(..._args) {
		super(..._args);
		this.campaign = "";
		this.sort = "name";
		this.direction = "asc";
		this.filterStatus = "";
		this.filterType = "";
		this.search = "";
		this.compact = false;
		this.rows = 5;
		this.viewAllHref = "";
		this.readonly = false;
		this.active = {
			row: -1,
			col: 1
		};
		this.confirmRemove = false;
		this.bulkStatus = "";
		this.columnsOpen = false;
		this.searchText = "";
		this.resultsNotice = "";
		this.adapters = new AdapterController(this);
		this.selection = new MemberSelection(this);
		this.data = new MemberRowsController(this, this.adapters, {
			filter: () => this.filter,
			compact: () => this.compact ? this.rows : void 0,
			viewport: () => this.viewport,
			onRows: (members) => this.selection.carry(members),
			onLoad: (fresh) => {
				if (fresh && this.filter.search !== void 0) this.resultsNotice = this.resultsText();
			}
		});
		this.fit = new ColumnFit(this);
		this.actions = new MemberActions(this, () => ({
			campaign: this.campaign,
			adapter: this.adapters.adapter,
			locale: this.activeLocale,
			filter: this.filter,
			shownColumns: this.cols,
			selection: this.selection,
			data: this.data,
			format: (n) => this.formatNumber(n)
		}));
	}
	static {
		this.styles = styles$1;
	}
	get cols() {
		return this.columns ? parseColumns(this.columns) : this.fit.fitting;
	}
	get filter() {
		return {
			campaignId: this.campaign,
			sort: this.sort,
			direction: this.direction,
			...this.filterStatus ? { status: this.filterStatus } : {},
			...this.filterType ? { type: this.filterType } : {},
			...this.search.trim() ? { search: this.search.trim() } : {}
		};
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		clearTimeout(this.searchTimer);
	}
	willUpdate(changed) {
		if (changed.has("search")) this.searchText = this.search;
		const filterChanged = [
			"campaign",
			"sort",
			"direction",
			"filterStatus",
			"filterType",
			"search"
		].some((p) => changed.has(p));
		if (filterChanged && this.active.row >= 0) this.active = {
			...this.active,
			row: -1
		};
		if (filterChanged) this.resultsNotice = "";
		const rowHeight = this.cards ? 64 : 44;
		if (rowHeight !== this.data.rowHeight) {
			this.data.rowHeight = rowHeight;
			this.updateComplete.then(() => this.data.updateRange());
		}
	}
	get cards() {
		return this.fit.narrow && !this.columns;
	}
	/** Scrolls row `index` (0-based, in the current sort and filter) to the top and renders it at once. */
	scrollToIndex(index) {
		this.data.scrollToIndex(index);
	}
	/** Exports the members matching the current filter and search, in the shown columns, as CSV. */
	exportCsv() {
		return this.actions.exportCsv();
	}
	resultsText() {
		const rows = this.data.rows;
		return rows?.complete ? msg(this.activeLocale, "list.matching", { count: this.formatNumber(rows.length) }) : "";
	}
	render() {
		const locale = this.activeLocale;
		const data = this.data;
		if (!this.campaign) return A;
		if (data.status === "loading") return b`<div part="base" class="base">${renderLoading(locale)}</div>`;
		if (data.status === "error" || !data.campaign || !data.counts) return b`<div part="base" class="base">${renderError(locale, data.error, () => data.retry())}</div>`;
		return this.renderList({
			campaign: data.campaign,
			counts: data.counts
		}, locale, data.status === "empty");
	}
	renderList(m, locale, empty) {
		if (this.compact) return renderCompact(this.gridView(m, locale), empty);
		return b`<div part="base" class="base ${this.cards ? "narrow" : ""}" @keydown=${this.handleEscape}>
      <header class="head">
        <h2 id="title">${msg(locale, "list.title")}</h2>
        <span class="total">${msg(locale, "list.total", { count: this.formatNumber(m.counts.total) })}</span>
        <div part="toolbar" class="toolbar">
          ${this.readonly ? A : b`<button class="secondary" @click=${this.openAdd}>${msg(locale, "list.add")}</button>
                <button class="secondary" @click=${this.openImport}>${msg(locale, "list.import")}</button>`}
          <button class="secondary" ?disabled=${empty || !!this.actions.busy} @click=${() => this.actions.exportCsv()}>${msg(locale, "list.export")}</button>
          <button class="secondary columns-toggle" aria-expanded=${this.columnsOpen ? "true" : "false"} aria-controls="columns" @click=${() => this.columnsOpen = !this.columnsOpen}>
            ${msg(locale, "list.columns")}
          </button>
        </div>
      </header>
      ${this.columnsOpen ? renderColumnPicker(locale, this.cols, (next) => this.setColumns(next)) : A}
      ${empty ? b`<div class="empty-state">
            ${renderEmpty(msg(locale, "list.empty"), this.readonly ? A : b`<button @click=${this.openAdd}>${msg(locale, "list.add")}</button>
                    <button class="secondary" @click=${this.openImport}>${msg(locale, "list.import")}</button>`)}
          </div>` : b`${renderStatusChips(locale, m, this.filterStatus, (status) => this.filterStatus = status, (n) => this.formatNumber(n))}
            <div class="filters">
              <div class="search">
                <label for="search">${msg(locale, "list.search")}</label>
                <input id="search" type="search" placeholder=${msg(locale, "list.search-hint")} .value=${l(this.searchText)} @input=${this.handleSearchInput} />
              </div>
              <div class="type">
                <label for="type">${msg(locale, "list.type")}</label>
                <select id="type" .value=${l(this.filterType)} @change=${(e) => this.filterType = e.target.value}>
                  <option value="" ?selected=${!this.filterType}>${msg(locale, "list.type-all")}</option>
                  <option value="lead" ?selected=${this.filterType === "lead"}>${msg(locale, "list.type-leads")} (${this.formatNumber(m.counts.leads)})</option>
                  <option value="contact" ?selected=${this.filterType === "contact"}>${msg(locale, "list.type-contacts")} (${this.formatNumber(m.counts.contacts)})</option>
                </select>
              </div>
            </div>
            ${renderBulkBar(this.gridView(m, locale), {
			confirming: this.confirmRemove,
			status: this.bulkStatus || m.campaign.memberStatuses[0]?.label,
			chooseStatus: (status) => this.bulkStatus = status,
			apply: (status) => void this.actions.applyStatus(status),
			confirm: (on) => this.confirmRemove = on,
			remove: () => this.removeSelected(),
			clear: () => this.clearSelection()
		})} ${renderGrid(this.gridView(m, locale))}`}
      <div class="announce" role="status" aria-live="polite">${this.actions.busy ? msg(locale, "list.working", {
			done: this.formatNumber(this.actions.busy.done),
			total: this.formatNumber(this.actions.busy.total)
		}) : this.actions.notice || this.resultsNotice}</div>
      ${this.actions.problem ? b`<div class="problem" role="alert">${this.actions.problem}</div>` : A} ${this.readonly ? A : renderDialogs(locale, {
			campaign: this.campaign,
			locale: this.locale,
			nameOrder: this.nameOrder,
			statuses: m.campaign.memberStatuses,
			added: (e) => this.handleAdded(e)
		})}
    </div>`;
	}
	gridView(m, locale) {
		return {
			locale,
			nameOrder: this.nameOrder,
			m,
			cols: this.cols,
			rows: this.data.rows,
			range: this.data.range,
			rowHeight: this.data.rowHeight,
			narrow: this.cards,
			matching: this.data.matching,
			active: this.active,
			sort: this.sort,
			direction: this.direction,
			readonly: this.readonly,
			busy: !!this.actions.busy,
			selection: this.selection,
			compactRows: this.rows,
			viewAllHref: this.viewAllHref,
			format: (n) => this.formatNumber(n),
			scroll: () => this.data.updateRange(),
			keydown: (e) => this.handleKeydown(e),
			focus: () => this.handleGridFocus(),
			editorKeydown: (e) => this.handleEditorKeydown(e),
			sortBy: (c) => this.sortBy(c),
			toggleRow: (i, member, range) => this.toggleRow(i, member, range),
			changeStatus: (member, select) => void this.changeOne(member, select),
			clearFilters: () => this.clearFilters(),
			retry: () => this.data.retry(),
			viewAll: (e) => this.handleViewAll(e)
		};
	}
	handleSearchInput(e) {
		this.searchText = e.target.value;
		clearTimeout(this.searchTimer);
		this.searchTimer = setTimeout(() => this.search = this.searchText, 250);
	}
	clearFilters() {
		this.search = "";
		this.searchText = "";
		this.filterStatus = "";
		this.filterType = "";
	}
	sortBy(column) {
		const sort = COLUMNS[column].sort;
		if (this.sort === sort) this.direction = this.direction === "asc" ? "desc" : "asc";
		else {
			this.sort = sort;
			this.direction = column === "added" || column === "responded" || column === "first-responded" ? "desc" : "asc";
		}
	}
	toggleRow(index, member, range) {
		this.selection.toggle(index, member, range, (i) => this.data.rows?.at(i));
		this.confirmRemove = false;
	}
	clearSelection() {
		this.selection.clear();
		this.confirmRemove = false;
	}
	setColumns(next) {
		this.columns = next.join(",");
		if (this.active.col > next.length) this.active = {
			...this.active,
			col: next.length
		};
		this.dispatchEvent(new MemberColumnsChangeEvent({ columns: next }));
	}
	handleViewAll(e) {
		const event = new MembersViewAllEvent({ campaignId: this.campaign });
		this.dispatchEvent(event);
		if (event.defaultPrevented) e.preventDefault();
	}
	handleGridFocus() {
		if (this.active.row >= (this.data.rows?.length ?? 0)) this.active = {
			row: -1,
			col: this.active.col
		};
	}
	handleKeydown(e) {
		if (e.target !== this.viewport) return;
		const page = Math.max(1, Math.floor((this.viewport.clientHeight - 44) / this.data.rowHeight) - 1);
		const result = gridKey(e, this.active, {
			rows: this.data.rows?.length ?? 0,
			cols: this.cols.length + 1,
			page
		});
		if (!result) return;
		if ("move" in result) {
			this.active = result.move;
			this.data.reveal(result.move.row);
		} else if (result.action === "select" || result.action === "activate") this.activate(result.action === "select");
		else if (result.action === "select-all") this.selection.selectAll();
		else return;
		e.preventDefault();
	}
	/** Space (select) or Enter (sort / edit) on the active cell. */
	activate(space) {
		const { row, col } = this.active;
		const cols = this.cols;
		if (row < 0) {
			if (col === 0 || space) this.selection.toggleAll();
			else this.sortBy(cols[col - 1]);
			return;
		}
		const member = this.data.rows?.at(row);
		if (!member) return;
		if (space || col === 0) {
			this.toggleRow(row, member, false);
			return;
		}
		if (cols[col - 1] === "status" && !this.readonly) this.renderRoot.querySelector(`#c-${row}-${col} select`)?.focus();
	}
	/**
	* Escape anywhere in the list (dialogs handle their own): closes the column picker, else the
	* remove confirmation, else clears the selection.
	*/
	handleEscape(e) {
		if (e.key !== "Escape" || e.defaultPrevented || e.composedPath().some((n) => n instanceof HTMLDialogElement)) return;
		if (this.columnsOpen) {
			this.columnsOpen = false;
			this.renderRoot.querySelector(".columns-toggle")?.focus();
		} else if (this.confirmRemove) this.confirmRemove = false;
		else if (!this.selection.empty) this.clearSelection();
		else return;
		e.preventDefault();
	}
	handleEditorKeydown(e) {
		if (e.key === "Escape" || e.key === "Tab") {
			e.stopPropagation();
			if (e.key === "Escape") e.preventDefault();
			this.viewport?.focus();
		}
	}
	async changeOne(member, select) {
		if (!await this.actions.changeOne(member, select.value)) select.value = member.status;
	}
	removeSelected() {
		this.confirmRemove = false;
		this.actions.removeSelected();
	}
	handleAdded(e) {
		const { members } = e.detail;
		this.actions.notice = msg(this.activeLocale, "list.added", { count: this.formatNumber(members.length) });
		this.addDialog?.close();
	}
	openAdd() {
		this.addDialog?.showModal();
		this.renderRoot.querySelector("campaign-member-add")?.focus();
	}
	openImport() {
		this.importDialog?.showModal();
	}
};
__decorate([n$1({ reflect: true })], CampaignMemberList.prototype, "campaign", void 0);
__decorate([n$1({ reflect: true })], CampaignMemberList.prototype, "columns", void 0);
__decorate([n$1({ reflect: true })], CampaignMemberList.prototype, "sort", void 0);
__decorate([n$1({ reflect: true })], CampaignMemberList.prototype, "direction", void 0);
__decorate([n$1({
	attribute: "filter-status",
	reflect: true
})], CampaignMemberList.prototype, "filterStatus", void 0);
__decorate([n$1({
	attribute: "filter-type",
	reflect: true
})], CampaignMemberList.prototype, "filterType", void 0);
__decorate([n$1()], CampaignMemberList.prototype, "search", void 0);
__decorate([n$1({
	type: Boolean,
	reflect: true
})], CampaignMemberList.prototype, "compact", void 0);
__decorate([n$1({ type: Number })], CampaignMemberList.prototype, "rows", void 0);
__decorate([n$1({ attribute: "view-all-href" })], CampaignMemberList.prototype, "viewAllHref", void 0);
__decorate([n$1({
	type: Boolean,
	reflect: true
})], CampaignMemberList.prototype, "readonly", void 0);
__decorate([r$2()], CampaignMemberList.prototype, "active", void 0);
__decorate([r$2()], CampaignMemberList.prototype, "confirmRemove", void 0);
__decorate([r$2()], CampaignMemberList.prototype, "bulkStatus", void 0);
__decorate([r$2()], CampaignMemberList.prototype, "columnsOpen", void 0);
__decorate([r$2()], CampaignMemberList.prototype, "searchText", void 0);
__decorate([r$2()], CampaignMemberList.prototype, "resultsNotice", void 0);
__decorate([e$2(".viewport")], CampaignMemberList.prototype, "viewport", void 0);
__decorate([e$2("dialog.add")], CampaignMemberList.prototype, "addDialog", void 0);
__decorate([e$2("dialog.import")], CampaignMemberList.prototype, "importDialog", void 0);
// src/define/campaign-member-list.ts
/** `lead-kit/define/campaign-member-list`: registers `<campaign-member-add>`, `<campaign-member-import>`, `<campaign-member-list>` (once per page) and exports the classes. */
defineElement("campaign-member-add", CampaignMemberAdd);
defineElement("campaign-member-import", CampaignMemberImport);
defineElement("campaign-member-list", CampaignMemberList);
// src/components/attendance-tracker/attendance-tracker.events.ts
var init = (cancelable) => ({
	bubbles: true,
	composed: true,
	cancelable
});
/** Before a check-in is made; `preventDefault()` stops it. */
var AttendeeCheckInEvent = class AttendeeCheckInEvent extends Event {
	static {
		this.type = "attendee-check-in";
	}
	constructor(detail) {
		super(AttendeeCheckInEvent.type, init(true));
		this.detail = detail;
	}
};
/**
* After a check-in: applied (`pending: false`), kept on the device until the adapter is
* reachable (`pending: true`), or refused as a duplicate (`already: true`, with the first time).
*/
var AttendeeCheckedInEvent = class AttendeeCheckedInEvent extends Event {
	static {
		this.type = "attendee-checked-in";
	}
	constructor(detail) {
		super(AttendeeCheckedInEvent.type, init(false));
		this.detail = detail;
	}
};
/** A walk-in was registered at the door (then checked in). */
var AttendeeWalkInEvent = class AttendeeWalkInEvent extends Event {
	static {
		this.type = "attendee-walk-in";
	}
	constructor(detail) {
		super(AttendeeWalkInEvent.type, init(false));
		this.detail = detail;
	}
};
// src/components/attendance-tracker/attendance-tracker.styles.ts
var styles = [
	tokens,
	controls,
	i$6`
    :host {
      display: block;
      line-height: 1.4;
    }
    .base {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(0, 1fr);
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
    }
    .muted {
      color: var(--_muted);
    }
    .problem {
      color: var(--_danger);
      font-weight: 600;
    }
    .offline {
      margin: 0;
      padding: 0.35rem 0.75rem;
      border-radius: 999px;
      font-weight: 600;
      color: var(--_warning);
      border: 1px solid currentColor;
    }
    .base {
      container-type: inline-size;
    }
    .counts {
      display: grid;
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: 0.5rem;
      margin: 0;
    }
    /* Five tiles: one row when wide, else 2 + 2 with the rate across (no orphan). */
    @container (max-width: 44rem) {
      .counts {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .count:last-child {
        grid-column: 1 / -1;
      }
    }
    .count {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
    }
    .count dt {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .count dd {
      margin: 0;
      font-size: 1.6rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    label {
      font-weight: 600;
      display: block;
      margin-bottom: 0.25rem;
    }
    .hint {
      margin: 0.25rem 0 0;
      font-size: 0.875rem;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      align-items: center;
      margin-top: 0.5rem;
    }
    label.check {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: 500;
      min-height: 44px;
      margin: 0;
    }
    label.check input {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_accent);
    }
    .camera {
      width: min(100%, 24rem);
      border-radius: var(--_radius);
      margin-top: 0.5rem;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0 0.25rem 0 0;
      display: grid;
      gap: 0.5rem;
      max-height: var(--lead-kit-list-height, 28rem);
      overflow: auto;
      overscroll-behavior: contain;
    }
    .results-wrap > p {
      margin: 0 0 0.5rem;
    }
    .result {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.6rem 0.75rem;
    }
    .result.arrived {
      border-color: color-mix(in srgb, var(--_success) 45%, var(--_border));
      background: color-mix(in srgb, var(--_success) 7%, var(--_surface));
    }
    .who {
      display: grid;
      min-width: 0;
    }
    .who strong {
      font-size: 1.1rem;
    }
    .state {
      display: flex;
      gap: 0.75rem;
      align-items: center;
    }
    .check-in {
      min-height: 48px;
      min-width: 8rem;
    }
    .badge {
      display: inline-block;
      padding: 0.15rem 0.6rem;
      border-radius: 999px;
      border: 1px solid var(--_border);
      font-weight: 600;
      font-size: 0.875rem;
    }
    .badge.success {
      color: var(--_success);
      border-color: currentColor;
    }
    .badge.warning {
      color: var(--_warning);
      border-color: currentColor;
    }
    .toast {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius);
      border: 2px solid var(--_border);
      font-weight: 600;
    }
    .toast p {
      margin: 0;
    }
    .toast.done {
      border-color: var(--_success);
      color: var(--_success);
    }
    .toast.already,
    .toast.pending {
      border-color: var(--_warning);
      color: var(--_warning);
    }
    .toast.error {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .pending ul {
      list-style: none;
      padding: 0;
      margin: 0 0 0.5rem;
      display: grid;
      gap: 0.35rem;
    }
    .pending li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .walk-in,
    .confirm,
    .notice {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem 1rem;
    }
    .confirm p,
    .notice p {
      margin: 0 0 0.75rem;
      font-weight: 600;
    }
    .grid2 {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
      gap: 0.75rem;
      margin-bottom: 0.75rem;
    }
  `
];
// src/components/attendance-tracker/door-list.ts
init_errors$1();
init_attendance();
init_members();
/** `locale|order` (how the element names people) apart. */
function nameStyle(style) {
	const [locale, order] = style.split("|");
	return [locale, order || void 0];
}
/** Changes naming more members than this re-read the whole list. */
var REREAD_ALL = 500;
/**
* The door list of an event: the campaign and every member, held in memory so a keystroke or a
* badge scan never waits on the network; the figures are counted from it by the domain's rule.
* Follows changes by itself: one `getMembers` read for the members a change names (a bulk
* change re-reads the list), nothing for the echo of its own write, whose answer it applies.
*/
var DoorList = class {
	constructor(host, adapters, campaignId, language) {
		this.host = host;
		this.adapters = adapters;
		this.campaignId = campaignId;
		this.language = language;
		this.status = "loading";
		this.unreachable = false;
		this.people = [];
		this.counts = countMembersOf([]);
		this.byCode = /* @__PURE__ */ new Map();
		this.id = "";
		this.lang = "";
		this.runs = 0;
		this.ownWrites = /* @__PURE__ */ new Set();
		host.addController(this);
	}
	hostConnected() {
		this.removeListener = this.adapters.onChange((e) => void this.handleChange(e));
	}
	hostDisconnected() {
		this.removeListener?.();
		this.abort?.abort();
		this.adapter = void 0;
	}
	hostUpdate() {
		const id = this.campaignId();
		const adapter = this.adapters.adapter;
		const language = this.language();
		if (language !== this.lang) {
			this.lang = language;
			if (this.people.length) this.setPeople(this.people.map((a) => this.attendee(a.member)), false);
		}
		if (!id || adapter === this.adapter && id === this.id) return;
		this.adapter = adapter;
		this.id = id;
		this.load(adapter, id);
	}
	/** Reads the campaign and the whole list again (the "Try again" button). */
	retry() {
		const id = this.campaignId();
		if (id) this.load(this.adapters.adapter, id);
	}
	/** The member with this code (member, lead or contact id: a badge scan). */
	byScan(code) {
		return this.byCode.get(code);
	}
	/** Members matching `text` (or every one not yet arrived), the first `limit` of them and how many. */
	find(text, onlyNotArrived, limit) {
		const shown = [];
		let count = 0;
		for (const a of this.people) {
			if (onlyNotArrived && hasArrived(a.member)) continue;
			if (text && !memberMatchesSearch({ q: a.key }, text) && a.member.id !== text && a.member.leadId !== text && a.member.contactId !== text) continue;
			count++;
			if (shown.length < limit) shown.push(a);
		}
		return {
			shown,
			count
		};
	}
	/** The door list member with this email, if any. */
	byEmail(matches) {
		return this.people.find((a) => !!a.member.person.email && matches(a.member.person.email));
	}
	/**
	* Runs this element's own write on `memberId`; its change event is not read back: the member
	* the write answers is applied instead.
	*/
	async write(memberId, run) {
		this.ownWrites.add(memberId);
		try {
			const result = await run();
			this.apply([result.member]);
			return result;
		} finally {
			this.ownWrites.delete(memberId);
		}
	}
	/** Shows members' new state (answered by a write, or read after a change). */
	apply(members, removed = []) {
		const id = this.campaignId();
		const byId = new Map(members.filter((m) => m.campaignId === id).map((m) => [m.id, m]));
		const gone = new Set(removed);
		const people = this.people.filter((a) => !gone.has(a.member.id)).map((a) => byId.has(a.member.id) ? this.attendee(byId.get(a.member.id)) : a);
		const known = new Set(this.people.map((a) => a.member.id));
		for (const m of byId.values()) if (!known.has(m.id)) people.push(this.attendee(m));
		this.setPeople(people);
	}
	async handleChange(e) {
		const id = this.campaignId();
		if (!id || this.status === "loading") return;
		if (e.stores.includes("campaigns") && (!e.ids || e.ids.includes(id))) {
			this.retry();
			return;
		}
		if (!e.campaignIds.includes(id)) return;
		if (!e.ids || e.ids.length > REREAD_ALL) {
			this.load(this.adapters.adapter, id, false);
			return;
		}
		if (e.origin === "local" && e.ids.some((x) => this.ownWrites.has(x))) return;
		try {
			const found = await this.adapters.adapter.getMembers(e.ids);
			const foundIds = new Set(found.map((m) => m.id));
			this.apply(found, e.ids.filter((x) => !foundIds.has(x) && this.byCode.has(x)));
		} catch (error) {
			if (error instanceof UnavailableError) this.unreachable = true;
			this.host.requestUpdate();
		}
	}
	/** Reads the campaign and every member (a few thousand people: pages of 500). */
	async load(adapter, id, campaign = true) {
		this.abort?.abort();
		const abort = this.abort = new AbortController();
		const run = ++this.runs;
		if (campaign && !this.campaign) this.status = "loading";
		try {
			const [record, people] = await Promise.all([campaign || !this.campaign ? adapter.getCampaign(id, { signal: abort.signal }) : Promise.resolve(this.campaign), (async () => {
				const all = [];
				for await (const page of memberPages(adapter, {
					campaignId: id,
					sort: "name"
				}, { signal: abort.signal })) for (const m of page) all.push(this.attendee(m));
				return all;
			})()]);
			if (run !== this.runs) return;
			this.campaign = record;
			this.unreachable = false;
			this.error = void 0;
			this.setPeople(people);
			this.status = "ready";
		} catch (error) {
			if (run !== this.runs || error instanceof AbortedError || error?.name === "AbortError") return;
			if (error instanceof UnavailableError) this.unreachable = true;
			if (!this.campaign) {
				this.error = error;
				this.status = "error";
			}
		}
		this.host.requestUpdate();
	}
	attendee(member) {
		return {
			member,
			key: personSearchKey(member.person),
			name: displayName(member.person, ...nameStyle(this.lang))
		};
	}
	setPeople(people, notify = true) {
		this.people = people;
		this.counts = countMembersOf(people.map((a) => a.member));
		this.byCode = /* @__PURE__ */ new Map();
		for (const a of people) {
			this.byCode.set(a.member.id, a);
			if (a.member.leadId) this.byCode.set(a.member.leadId, a);
			if (a.member.contactId) this.byCode.set(a.member.contactId, a);
		}
		if (notify) this.host.requestUpdate();
	}
};
// src/components/attendance-tracker/pending-arrivals.ts
init_attendance();
init_members();
/** How often pending check-ins are looked at again while some wait. */
var RETRY_MS = 15e3;
/**
* Check-ins and walk-ins of this event kept in the adapter's outbox (adapters with one): lists
* them, looks again every 15 s while some wait and when the browser is back online, sends them
* on request, drops a failed one the user dismissed.
*/
var PendingArrivals = class {
	constructor(host, adapters, campaignId, onFlushed) {
		this.host = host;
		this.adapters = adapters;
		this.campaignId = campaignId;
		this.onFlushed = onFlushed;
		this.entries = [];
		this.flushing = false;
		this.handleOnline = () => void this.flush();
		host.addController(this);
	}
	hostConnected() {
		window.addEventListener("online", this.handleOnline);
	}
	hostDisconnected() {
		window.removeEventListener("online", this.handleOnline);
		clearInterval(this.timer);
	}
	/** The one waiting for this member, if any. */
	waitingFor(member) {
		return this.entries.find((e) => e.write.state === "pending" && isArrivalOf(e.arrival, member));
	}
	/** Reads the outbox again. */
	async refresh() {
		const adapter = this.adapters.adapter;
		const id = this.campaignId();
		if (!id || !adapter.pendingWrites) return;
		const all = await adapter.pendingWrites().catch(() => []);
		this.entries = all.flatMap((write) => {
			const arrival = pendingArrival(write, id);
			return arrival ? [{
				write,
				arrival
			}] : [];
		});
		clearInterval(this.timer);
		if (this.entries.some((e) => e.write.state === "pending")) this.timer = setInterval(() => void this.refresh(), RETRY_MS);
		this.host.requestUpdate();
	}
	/** Asks the adapter to send the check-ins kept on this device now. */
	async flush() {
		const adapter = this.adapters.adapter;
		if (this.flushing || !this.campaignId() || !adapter.flushPendingWrites) return;
		this.flushing = true;
		this.host.requestUpdate();
		const waiting = () => this.entries.filter((e) => e.write.state === "pending").length;
		const before = waiting();
		try {
			await adapter.flushPendingWrites();
		} finally {
			this.flushing = false;
			await this.refresh();
		}
		const still = waiting();
		this.onFlushed(Math.max(0, before - still - this.entries.filter((e) => e.write.state === "failed").length), still === 0);
	}
	async dismiss(entry) {
		await this.adapters.adapter.discardPendingWrite?.(entry.write.key);
		await this.refresh();
	}
	/** The "waiting to sync" section (nothing when none waits). `name` finds who an entry is about. */
	render(locale, time, name) {
		if (!this.entries.length) return A;
		return b`<section part="pending" class="pending" aria-labelledby="pending-title">
      <h3 id="pending-title">${msg(locale, "att.pending-title", { count: new Intl.NumberFormat(locale).format(this.entries.length) })}</h3>
      <ul>
        ${this.entries.map((e) => b`<li class=${e.write.state === "failed" ? "failed" : ""}>
            <span>${name(e) || displayName(e.arrival.lead, locale) || e.arrival.code || e.write.key} · ${time(e.arrival.at)}</span>
            ${e.write.state === "failed" ? b`<span class="problem">${msg(locale, "att.failed", { reason: e.write.error ?? "" })}</span>
                  <button class="secondary" @click=${() => this.dismiss(e)}>${msg(locale, "att.dismiss")}</button>` : b`<span class="badge warning">${msg(locale, "att.pending-badge")}</span>`}
          </li>`)}
      </ul>
      <button class="secondary" ?disabled=${this.flushing} @click=${() => this.flush()}>${msg(locale, "att.sync-now")}</button>
    </section>`;
	}
};
// src/components/attendance-tracker/scanner.ts
/** Formats a badge or a ticket carries. */
var FORMATS = [
	"qr_code",
	"code_128",
	"code_39",
	"ean_13"
];
/** Time between two frames read. */
var FRAME_MS = 300;
/**
* The camera badge scanner, where the browser has `BarcodeDetector` and a camera: reads a frame
* every 300 ms and hands each new code to `onCode` (the same code twice in a row once).
*/
var CameraScanner = class {
	constructor(host, video, onCode, onError) {
		this.host = host;
		this.video = video;
		this.onCode = onCode;
		this.onError = onError;
		this.on = false;
		host.addController(this);
	}
	/** Whether this browser can scan with the camera. */
	static get supported() {
		return "BarcodeDetector" in globalThis;
	}
	hostDisconnected() {
		this.stop();
	}
	async start() {
		const Detector = globalThis.BarcodeDetector;
		if (!Detector || !navigator.mediaDevices?.getUserMedia) return;
		try {
			this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
			this.on = true;
			this.host.requestUpdate();
			await this.host.updateComplete;
			const video = this.video();
			video.srcObject = this.stream;
			await video.play();
			const detector = new Detector({ formats: FORMATS });
			let last = "";
			const tick = async () => {
				if (!this.on) return;
				try {
					const [code] = await detector.detect(video);
					if (code && code.rawValue !== last) {
						last = code.rawValue;
						await this.onCode(code.rawValue);
					}
				} catch {}
				setTimeout(tick, FRAME_MS);
			};
			tick();
		} catch {
			this.stop();
			this.onError();
		}
	}
	stop() {
		this.stream?.getTracks().forEach((t) => t.stop());
		this.stream = void 0;
		if (this.on) {
			this.on = false;
			this.host.requestUpdate();
		}
	}
};
// src/components/attendance-tracker/toast.ts
/** How long "Undo" stays offered after a check-in. */
var UNDO_MS = 8e3;
/**
* The tracker's feedback: one message at a time (errors and duplicates as alerts, the rest
* polite), Undo offered for 8 s, and with `sounds` a short tone (high for a check-in, low for a
* problem) for a door where nobody watches the screen.
*/
var ToastController = class {
	constructor(host, sounds) {
		this.host = host;
		this.sounds = sounds;
		host.addController(this);
	}
	hostDisconnected() {
		clearTimeout(this.timer);
	}
	show(toast) {
		this.toast = toast;
		clearTimeout(this.timer);
		if (toast.undo) this.timer = setTimeout(() => {
			if (this.toast?.undo) this.toast = {
				...this.toast,
				undo: void 0
			};
			this.host.requestUpdate();
		}, UNDO_MS);
		if (this.sounds()) beep(toast.kind === "done" || toast.kind === "pending" ? 880 : 220);
		this.host.requestUpdate();
	}
	render(locale, undo) {
		const t = this.toast;
		if (!t) return b`<div class="toast-slot" role="status" aria-live="polite"></div>`;
		const body = b`<p>${t.text}</p>
      ${t.undo ? b`<button class="secondary" @click=${() => undo(t.undo)}>${msg(locale, "att.undo")}</button>` : A}`;
		return t.kind === "error" || t.kind === "already" ? b`<div part="toast" class="toast ${t.kind}" role="alert">${body}</div>` : b`<div part="toast" class="toast ${t.kind}" role="status" aria-live="polite">${body}</div>`;
	}
};
/** A short tone (check-in high, error low). */
function beep(frequency) {
	try {
		const ctx = new AudioContext();
		const osc = ctx.createOscillator();
		const gain = ctx.createGain();
		osc.frequency.value = frequency;
		gain.gain.value = .08;
		osc.connect(gain).connect(ctx.destination);
		osc.start();
		osc.stop(ctx.currentTime + .12);
		osc.onended = () => void ctx.close();
	} catch {}
}
// src/components/attendance-tracker/walk-in-form.ts
init_validate();
init_submission();
var EMPTY = {
	firstName: "",
	lastName: "",
	email: "",
	company: ""
};
/** A walk-in is a submitted lead: the same schema decides what is valid. */
var walkInSchema = leadSubmissionSchema.shape.lead;
/**
* The walk-in registration form at the door: name, email (required), company. Checks the
* values with the submission's own schema before sending; the typed values stay when sending
* fails. `submit` gets the fields and answers an error text to show, or nothing when done.
*/
var WalkInForm = class {
	constructor(host, submit) {
		this.host = host;
		this.submit = submit;
		this.open = false;
		this.busy = false;
		this.error = "";
		this.values = { ...EMPTY };
		host.addController(this);
	}
	hostConnected() {}
	toggle(open = !this.open) {
		this.open = open;
		if (!open) {
			this.values = { ...EMPTY };
			this.error = "";
		}
		this.host.requestUpdate();
	}
	render(locale) {
		if (!this.open) return A;
		const field = (name, label, required = false) => b`<div class="field">
        <label for="walk-${name}">${label}${required ? b` <span class="required" aria-hidden="true">*</span>` : A}</label>
        <input
          id="walk-${name}"
          type=${name === "email" ? "email" : "text"}
          autocomplete="off"
          ?required=${required}
          aria-invalid=${required && this.error ? "true" : "false"}
          aria-describedby=${required && this.error ? "walk-error" : A}
          .value=${l(this.values[name])}
          @input=${(e) => this.values = {
			...this.values,
			[name]: e.target.value
		}}
        />
      </div>`;
		return b`<form id="walk-in" class="walk-in" aria-labelledby="walk-title" @submit=${(e) => this.handleSubmit(e, locale)} novalidate>
      <h3 id="walk-title">${msg(locale, "att.walk-in")}</h3>
      <div class="grid2">
        ${field("firstName", msg(locale, "form.firstName"))} ${field("lastName", msg(locale, "form.lastName"))} ${field("email", msg(locale, "form.email"), true)}
        ${field("company", msg(locale, "form.company"))}
      </div>
      ${this.error ? b`<p id="walk-error" class="problem" role="alert">${this.error}</p>` : A}
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${msg(locale, "att.walk-in-submit")}</button>
        <button type="button" class="secondary" @click=${() => this.toggle(false)}>${msg(locale, "list.cancel")}</button>
      </div>
    </form>`;
	}
	async handleSubmit(e, locale) {
		e.preventDefault();
		const fields = Object.fromEntries(Object.entries(this.values).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v));
		const [issue] = inputIssues(walkInSchema, fields);
		if (issue) {
			const label = msg(locale, `form.${issue.path.split(".")[0] || "email"}`);
			this.error = `${label}: ${fieldMessage(locale, issue.code)}`;
			this.host.requestUpdate();
			return;
		}
		this.error = "";
		this.busy = true;
		this.host.requestUpdate();
		try {
			const problem = await this.submit(fields);
			if (problem) this.error = problem;
			else this.toggle(false);
		} finally {
			this.busy = false;
			this.host.requestUpdate();
		}
	}
};
// src/components/attendance-tracker/attendance-tracker.ts
init_errors$1();
init_attendance();
init_ids();
init_matching();
init_members();
init_statuses();
addComponentStrings();
/** Results listed while typing; the "not yet arrived" list shows more. */
var RESULTS = 8;
var NOT_ARRIVED_RESULTS = 50;
/**
* Event check-in at the door, on a laptop or tablet: type-ahead search of the campaign's members
* (held in memory, so a keystroke never waits on the network), one action to check a person in
* (the campaign's attended status, responded, the time), Undo for a few seconds, duplicates
* flagged with the first time. A badge scanner types a member or lead id and Enter; where the
* browser has `BarcodeDetector` and a camera, a camera scan does the same. Walk-ins are
* registered (matched by email, never duplicated) and checked in at once. Live counts, a "not yet
* arrived" filter, and closing the event marks those still expected as No-show. When the adapter
* cannot be reached, check-ins are kept on the device (IndexedDB) as pending and applied once it
* is back — exactly once, even if another device checked the same person in.
*
* @summary Event check-in: search or scan, walk-ins, live counts, no-shows, offline queue.
* @tagname attendance-tracker
*
* @csspart base - The tracker's wrapper.
* @csspart counts - The figures row.
* @csspart search - The search/scan field.
* @csspart result - Each person in the results.
* @csspart check-in-button - Each "Check in" button.
* @csspart toast - The message after an action (with Undo).
* @csspart pending - The list of check-ins waiting to sync.
*
* @cssprop --lead-kit-list-height - Height of the results list before it scrolls (default 28rem).
* @cssprop --lead-kit-color-accent - Buttons and focus.
* @cssprop --lead-kit-color-success - Checked-in state (default green).
* @cssprop --lead-kit-color-warning - Duplicates and pending (default amber).
* @cssprop --lead-kit-color-danger - Errors and "Close the event".
* @cssprop --lead-kit-color-on-danger - Text on the close-event button.
* @cssprop --lead-kit-color-surface - Background.
* @cssprop --lead-kit-color-border - Borders.
* @cssprop --lead-kit-radius - Corner radius.
*
* @fires {AttendeeCheckInEvent} attendee-check-in - Before a check-in (cancelable). `detail: { campaignId, code, name }`.
* @fires {AttendeeCheckedInEvent} attendee-checked-in - After a check-in, applied or pending, or refused as a duplicate. `detail: { campaignId, checkInId, member, at, already, pending }`.
* @fires {AttendeeWalkInEvent} attendee-walk-in - A walk-in was registered. `detail: { campaignId, lead, memberId, matched, pending }`.
*/
var AttendanceTracker = class extends LocalizedElement {
	constructor(..._args) {
		super(..._args);
		this.campaign = "";
		this.sounds = false;
		this.text = "";
		this.onlyNotArrived = false;
		this.offline = false;
		this.confirmClose = false;
		this.busy = false;
		this.adapters = new AdapterController(this);
		this.door = new DoorList(this, this.adapters, () => this.campaign, () => `${this.activeLocale}|${this.nameOrder ?? ""}`);
		this.pending = new PendingArrivals(this, this.adapters, () => this.campaign, (sent, empty) => {
			if (empty) this.offline = false;
			if (sent) this.toasts.show({
				kind: "info",
				text: msg(this.activeLocale, "att.synced", { count: this.formatNumber(sent) })
			});
		});
		this.toasts = new ToastController(this, () => this.sounds);
		this.scanner = new CameraScanner(this, () => this.video, (code) => this.handleCode(code), () => this.toasts.show({
			kind: "error",
			text: msg(this.activeLocale, "att.camera-error")
		}));
		this.walkIn = new WalkInForm(this, (fields) => this.submitWalkIn(fields));
	}
	static {
		this.styles = styles;
	}
	willUpdate(changed) {
		if (changed.has("campaign")) this.pending.refresh();
	}
	/** Sends the check-ins kept on this device now. */
	flush() {
		return this.pending.flush();
	}
	fmtTime(iso) {
		return new Intl.DateTimeFormat(this.activeLocale, { timeStyle: "short" }).format(new Date(iso));
	}
	render() {
		const locale = this.activeLocale;
		const door = this.door;
		if (!this.campaign) return A;
		if (door.status === "loading") return b`<div part="base" class="base">${renderLoading(locale)}</div>`;
		if (door.status === "error" || !door.campaign) return b`<div part="base" class="base">${renderError(locale, door.error, () => door.retry())}</div>`;
		return this.renderTracker({
			campaign: door.campaign,
			counts: door.counts
		}, locale);
	}
	renderTracker(m, locale) {
		const f = attendanceFigures(m.campaign, m.counts);
		const tracked = tracksAttendance(m.campaign);
		const rate = f.rate === null ? msg(locale, "summary.na") : new Intl.NumberFormat(locale, {
			style: "percent",
			maximumFractionDigits: 0
		}).format(f.rate);
		return b`<section part="base" class="base" aria-labelledby="title">
      <header class="head">
        <h2 id="title">${msg(locale, "att.title")}: ${m.campaign.name}</h2>
        ${this.offline || this.door.unreachable ? b`<p class="offline" role="status">${msg(locale, "att.offline")}</p>` : A}
      </header>
      ${tracked ? A : b`<div class="notice" role="note">
            <p>${msg(locale, "att.no-statuses")}</p>
            <button class="secondary" @click=${() => this.addEventStatuses(m.campaign)}>${msg(locale, "att.add-statuses")}</button>
          </div>`}
      <dl part="counts" class="counts">
        ${[
			["att.expected", this.formatNumber(f.expected)],
			["att.checked-in", this.formatNumber(f.checkedIn)],
			["att.not-arrived", this.formatNumber(f.notArrived)],
			["att.walk-ins", this.formatNumber(f.walkIns)],
			["att.rate", rate]
		].map(([label, value]) => b`<div class="count"><dt>${msg(locale, label)}</dt><dd>${value}</dd></div>`)}
      </dl>
      <div class="find">
        <label for="search">${msg(locale, "att.search")}</label>
        <input
          id="search"
          part="search"
          type="search"
          placeholder=${msg(locale, "list.search-hint")}
          autocomplete="off"
          enterkeyhint="go"
          aria-describedby="search-hint"
          aria-controls=${this.text.trim() || this.onlyNotArrived ? "results" : A}
          .value=${l(this.text)}
          @input=${(e) => this.text = e.target.value}
          @keydown=${this.handleSearchKey}
        />
        <p id="search-hint" class="muted hint">${msg(locale, "att.search-hint")}</p>
        <div class="options">
          <label class="check"><input type="checkbox" .checked=${this.onlyNotArrived} @change=${(e) => this.onlyNotArrived = e.target.checked} /> ${msg(locale, "att.only-not-arrived")}</label>
          ${CameraScanner.supported ? b`<button class="secondary" @click=${() => this.scanner.on ? this.scanner.stop() : void this.scanner.start()}>${msg(locale, this.scanner.on ? "att.camera-stop" : "att.camera")}</button>` : A}
        </div>
        ${this.scanner.on ? b`<video class="camera" muted playsinline aria-label=${msg(locale, "att.camera")}></video>` : A}
      </div>
      ${this.toasts.render(locale, (u) => this.undo(u))} ${this.renderResults(m, locale)}
      ${this.pending.render(locale, (iso) => this.fmtTime(iso), (e) => this.door.people.find((a) => isArrivalOf(e.arrival, a.member))?.name)}
      <div class="actions">
        <button class="secondary" aria-expanded=${this.walkIn.open ? "true" : "false"} aria-controls="walk-in" @click=${() => this.walkIn.toggle()}>${msg(locale, "att.walk-in")}</button>
        ${tracked ? b`<button class="secondary danger" ?disabled=${this.busy || f.notArrived === 0} @click=${() => this.confirmClose = true}>${msg(locale, "att.close")}</button>` : A}
      </div>
      ${this.walkIn.render(locale)} ${this.confirmClose ? this.renderConfirmClose(m, f.notArrived, locale) : A}
    </section>`;
	}
	findPeople() {
		const text = this.text.trim();
		if (!text && !this.onlyNotArrived) return {
			shown: [],
			count: 0
		};
		return this.door.find(text, this.onlyNotArrived, text ? RESULTS : NOT_ARRIVED_RESULTS);
	}
	renderResults(m, locale) {
		const { shown, count } = this.findPeople();
		if (!this.text.trim() && !this.onlyNotArrived) return A;
		return b`<div class="results-wrap">
      <p class="muted" id="results-count">${msg(locale, "att.results", { count: this.formatNumber(count) })}</p>
      ${count === 0 ? b`<p>${msg(locale, "att.no-results")}</p>` : A}
      <ul id="results" class="results" aria-labelledby="results-count" tabindex="-1">
        ${shown.map((a) => this.renderAttendee(a, m, locale))}
      </ul>
      ${count > shown.length ? b`<p class="muted">${msg(locale, "att.more", {
			shown: this.formatNumber(shown.length),
			count: this.formatNumber(count)
		})}</p>` : A}
    </div>`;
	}
	renderAttendee(a, m, locale) {
		const arrived = hasArrived(a.member);
		const pending = !arrived && !!this.pending.waitingFor(a.member);
		const at = arrivedAt(a.member);
		return b`<li part="result" class="result ${arrived ? "arrived" : ""}">
      <div class="who">
        <strong>${a.name}</strong>
        <span class="muted">${[a.member.person.email, a.member.person.company].filter(Boolean).join(" · ")}</span>
      </div>
      <div class="state">
        ${arrived ? b`<span class="badge success">${at ? msg(locale, "att.arrived-at", { time: this.fmtTime(at) }) : statusLabel(locale, a.member.status)}</span>` : pending ? b`<span class="badge warning">${msg(locale, "att.pending-badge")}</span>` : b`<span class="badge">${statusLabel(locale, a.member.status)}</span>
                <button part="check-in-button" class="check-in" aria-label=${msg(locale, "att.check-in-name", { name: a.name })} ?disabled=${!tracksAttendance(m.campaign)} @click=${() => this.checkIn(a)}>
                  ${msg(locale, "att.check-in")}
                </button>`}
      </div>
    </li>`;
	}
	renderConfirmClose(m, count, locale) {
		const status = statusLabel(locale, noShowStatus(m.campaign)?.label ?? "No-show");
		return b`<div class="confirm" role="alertdialog" aria-labelledby="close-text" aria-modal="false">
      <p id="close-text">${msg(locale, "att.close-confirm", {
			count: this.formatNumber(count),
			status
		})}</p>
      <div class="actions">
        <button class="danger" ?disabled=${this.busy} @click=${() => this.closeEvent(m.campaign)}>${msg(locale, "att.close-confirm-button", { status })}</button>
        <button class="secondary" @click=${() => this.confirmClose = false}>${msg(locale, "list.cancel")}</button>
      </div>
    </div>`;
	}
	handleSearchKey(e) {
		if (e.key !== "Enter") return;
		e.preventDefault();
		this.handleCode(e.target.value);
	}
	/** Enter in the field (a scanner's code, or a search with one result) or a camera scan. */
	async handleCode(value) {
		const code = value.trim();
		if (!code) return;
		const exact = this.door.byScan(code);
		if (exact) {
			this.text = "";
			await this.checkIn(exact);
			return;
		}
		const { shown, count } = this.findPeople();
		if (count === 1 && !hasArrived(shown[0].member)) {
			this.text = "";
			await this.checkIn(shown[0]);
			return;
		}
		if (count === 1) {
			await this.checkIn(shown[0]);
			return;
		}
		if (count === 0) {
			this.toasts.show({
				kind: "error",
				text: msg(this.activeLocale, "att.unknown-code", { code })
			});
			this.searchInput?.select();
		}
	}
	/** Checks a person in (or keeps the check-in on the device when the adapter is unreachable). */
	async checkIn(a) {
		const locale = this.activeLocale;
		const intent = new AttendeeCheckInEvent({
			campaignId: this.campaign,
			code: a.member.id,
			name: a.name
		});
		this.dispatchEvent(intent);
		if (intent.defaultPrevented) return;
		const queued = this.pending.waitingFor(a.member);
		if (hasArrived(a.member) || queued) {
			const at = arrivedAt(a.member) ?? queued?.arrival.at ?? a.member.updatedAt;
			this.toasts.show({
				kind: "already",
				text: msg(locale, "att.already", {
					name: a.name,
					time: this.fmtTime(at)
				})
			});
			this.dispatchEvent(new AttendeeCheckedInEvent({
				campaignId: this.campaign,
				checkInId: "",
				member: a.member,
				at,
				already: true,
				pending: false
			}));
			return;
		}
		const checkInId = newId();
		const at = (/* @__PURE__ */ new Date()).toISOString();
		try {
			const r = await this.door.write(a.member.id, () => this.adapters.adapter.checkIn({
				campaignId: this.campaign,
				code: a.member.id,
				checkInId,
				at
			}));
			this.offline = false;
			this.toasts.show(r.already ? {
				kind: "already",
				text: msg(locale, "att.already", {
					name: a.name,
					time: this.fmtTime(r.at)
				})
			} : {
				kind: "done",
				text: msg(locale, "att.done", {
					name: a.name,
					time: this.fmtTime(r.at)
				}),
				undo: {
					memberId: r.member.id,
					checkInId,
					name: a.name
				}
			});
			this.dispatchEvent(new AttendeeCheckedInEvent({
				campaignId: this.campaign,
				checkInId,
				member: r.member,
				at: r.at,
				already: r.already,
				pending: false
			}));
			if (this.pending.entries.length) this.pending.refresh();
		} catch (error) {
			if (error instanceof QueuedError) {
				this.offline = true;
				await this.pending.refresh();
				this.toasts.show({
					kind: "pending",
					text: msg(locale, "att.pending", {
						name: a.name,
						time: this.fmtTime(at)
					})
				});
				this.dispatchEvent(new AttendeeCheckedInEvent({
					campaignId: this.campaign,
					checkInId,
					member: a.member,
					at,
					already: false,
					pending: true
				}));
			} else {
				if (error instanceof UnavailableError) this.offline = true;
				this.toasts.show({
					kind: "error",
					text: error instanceof NotFoundError ? msg(locale, "att.unknown-code", { code: a.member.id }) : errorMessage(locale, error)
				});
			}
		} finally {
			this.searchInput?.focus();
		}
	}
	async undo(u) {
		const locale = this.activeLocale;
		try {
			await this.adapters.adapter.undoCheckIn({
				campaignId: this.campaign,
				memberId: u.memberId,
				checkInId: u.checkInId
			});
			this.toasts.show({
				kind: "info",
				text: msg(locale, "att.undone", { name: u.name })
			});
		} catch (error) {
			this.toasts.show({
				kind: "error",
				text: error instanceof ConflictError ? msg(locale, "error.conflict") : errorMessage(locale, error)
			});
		}
	}
	/** Registers a walk-in; answers the error to show in the form, or nothing when done. */
	async submitWalkIn(lead) {
		const locale = this.activeLocale;
		const name = displayName(lead, locale, this.nameOrder);
		const known = this.door.byEmail((email) => emailKey(email) === emailKey(lead.email));
		if (known) {
			this.dispatchEvent(new AttendeeWalkInEvent({
				campaignId: this.campaign,
				lead,
				memberId: known.member.id,
				matched: true,
				pending: false
			}));
			this.walkIn.toggle(false);
			await this.checkIn(known);
			if (this.toasts.toast?.kind === "done") this.toasts.show({
				...this.toasts.toast,
				text: msg(locale, "att.walk-in-found", { name: known.name })
			});
			return;
		}
		const submissionId = newId();
		const checkInId = newId();
		const at = (/* @__PURE__ */ new Date()).toISOString();
		try {
			const r = await this.adapters.adapter.submitLead({
				submissionId,
				campaignId: this.campaign,
				lead,
				source: "event",
				checkIn: {
					checkInId,
					at
				}
			});
			this.dispatchEvent(new AttendeeWalkInEvent({
				campaignId: this.campaign,
				lead,
				memberId: r.memberId,
				matched: r.matched,
				pending: false
			}));
			const arrived = r.checkIn ?? {
				at,
				already: false
			};
			this.toasts.show(arrived.already ? {
				kind: "already",
				text: msg(locale, "att.already", {
					name,
					time: this.fmtTime(arrived.at)
				})
			} : {
				kind: "done",
				text: msg(locale, "att.done", {
					name,
					time: this.fmtTime(arrived.at)
				}),
				undo: {
					memberId: r.memberId,
					checkInId,
					name
				}
			});
			this.dispatchEvent(new AttendeeCheckedInEvent({
				campaignId: this.campaign,
				checkInId,
				at: arrived.at,
				already: arrived.already,
				pending: false
			}));
		} catch (error) {
			if (error instanceof QueuedError) {
				this.offline = true;
				await this.pending.refresh();
				this.dispatchEvent(new AttendeeWalkInEvent({
					campaignId: this.campaign,
					lead,
					matched: false,
					pending: true
				}));
				this.toasts.show({
					kind: "pending",
					text: msg(locale, "att.pending", {
						name,
						time: this.fmtTime(at)
					})
				});
			} else return errorMessage(locale, error);
		}
	}
	/** Marks everyone still expected as No-show (chunks of 1,000, each all-or-nothing). */
	async closeEvent(campaign) {
		const noShow = noShowStatus(campaign);
		if (!noShow) return;
		const locale = this.activeLocale;
		const adapter = this.adapters.adapter;
		this.busy = true;
		try {
			const targets = [];
			for (const s of expectedStatuses(campaign)) for await (const page of memberPages(adapter, {
				campaignId: campaign.id,
				status: s.label
			})) targets.push(...page.map((m) => ({
				id: m.id,
				version: m.version
			})));
			const { saved } = await bulkWrite(targets, (chunk) => adapter.setMemberStatus({
				campaignId: campaign.id,
				members: chunk,
				status: noShow.label
			}));
			const done = saved.length;
			this.confirmClose = false;
			this.toasts.show({
				kind: done === targets.length ? "info" : "error",
				text: done === targets.length ? msg(locale, "att.closed", {
					status: statusLabel(locale, noShow.label),
					count: this.formatNumber(done)
				}) : msg(locale, "list.partial", {
					done: this.formatNumber(done),
					total: this.formatNumber(targets.length)
				})
			});
		} catch (error) {
			this.toasts.show({
				kind: "error",
				text: msg(locale, "list.failed", { reason: errorMessage(locale, error) })
			});
		} finally {
			this.busy = false;
		}
	}
	/** Adds the event statuses the campaign lacks (its own stay, with its default). */
	async addEventStatuses(campaign) {
		const have = new Set(campaign.memberStatuses.map((s) => s.label.toLowerCase()));
		const added = defaultMemberStatuses("event").filter((s) => !have.has(s.label.toLowerCase())).map((s) => ({
			...s,
			default: false
		}));
		try {
			await this.adapters.adapter.saveCampaign({
				...campaign,
				memberStatuses: [...campaign.memberStatuses, ...added]
			});
		} catch (error) {
			this.toasts.show({
				kind: "error",
				text: errorMessage(this.activeLocale, error)
			});
		}
	}
};
__decorate([n$1({ reflect: true })], AttendanceTracker.prototype, "campaign", void 0);
__decorate([n$1({ type: Boolean })], AttendanceTracker.prototype, "sounds", void 0);
__decorate([r$2()], AttendanceTracker.prototype, "text", void 0);
__decorate([r$2()], AttendanceTracker.prototype, "onlyNotArrived", void 0);
__decorate([r$2()], AttendanceTracker.prototype, "offline", void 0);
__decorate([r$2()], AttendanceTracker.prototype, "confirmClose", void 0);
__decorate([r$2()], AttendanceTracker.prototype, "busy", void 0);
__decorate([e$2("#search")], AttendanceTracker.prototype, "searchInput", void 0);
__decorate([e$2("video")], AttendanceTracker.prototype, "video", void 0);
// src/define/attendance-tracker.ts
/** `lead-kit/define/attendance-tracker`: registers `<attendance-tracker>` (once per page) and exports the classes. */
defineElement("attendance-tracker", AttendanceTracker);
// src/index.ts
init_adapter();
// src/internal/demo-data.ts
var CULTURES = [
	{
		given: [
			"Олена",
			"Тарас",
			"Ірина",
			"Андрій",
			"Оксана",
			"Богдан"
		],
		family: [
			"Шевченко",
			"Коваленко",
			"Бондаренко",
			"Мельник",
			"Ткаченко",
			"Кравчук",
			"Олійник",
			"Лисенко",
			"Гончаренко",
			"Савченко",
			"Руденко",
			"Марченко"
		],
		companies: ["ТОВ «Світанок»", "ТОВ «Кобзар Діджитал»"]
	},
	{
		given: [
			"Ștefan",
			"Ioana",
			"Andrei",
			"Elena",
			"Mihai",
			"Cristina"
		],
		family: [
			"Popescu",
			"Ionescu",
			"Țurcanu",
			"Dumitrescu",
			"Rusu",
			"Stoica",
			"Munteanu",
			"Constantinescu",
			"Barbu",
			"Ene",
			"Florea",
			"Lazăr"
		],
		companies: ["Dacia Soft", "Carpați Media"]
	},
	{
		given: [
			"Văn An",
			"Thị Mai",
			"Quang Huy",
			"Minh Châu",
			"Ngọc Lan",
			"Đức Anh"
		],
		family: [
			"Nguyễn",
			"Trần",
			"Lê",
			"Phạm",
			"Hoàng",
			"Vũ",
			"Đặng",
			"Bùi",
			"Đỗ",
			"Hồ",
			"Ngô",
			"Dương"
		],
		companies: ["Công ty Sao Mai", "Công ty Hòa Bình"]
	},
	{
		given: [
			"Marie",
			"Lucas",
			"Élodie",
			"Camille",
			"Julien",
			"Chloé"
		],
		family: [
			"Lefèvre",
			"Martin",
			"Dubois",
			"Moreau",
			"Bernard",
			"Girard",
			"Laurent",
			"Fontaine",
			"Roux",
			"Chevalier",
			"Garnier",
			"Faure"
		],
		companies: ["Lumière SA", "Atelier Nord"]
	},
	{
		given: [
			"Дмитрий",
			"Наталья",
			"Алексей",
			"Мария",
			"Сергей",
			"Анна"
		],
		family: [],
		companies: ["ООО «Вектор»", "ООО «Полярис»"]
	}
];
var RUSSIAN = [
	"Иванов",
	"Смирнова",
	"Кузнецов",
	"Попова",
	"Соколов",
	"Лебедева",
	"Волков",
	"Морозова"
];
var SHARED_COMPANIES = [
	"Acme",
	"Globex",
	"Initech"
];
/** Person `i`'s culture, given and family name: every pair of a culture once before any repeats. */
function nameOf(i) {
	const culture = CULTURES[i % CULTURES.length];
	const k = Math.floor(i / CULTURES.length);
	const g = k % 6;
	const round = Math.floor(k / (6 * (culture.family.length || RUSSIAN.length)));
	const company = k % 4 === 3 ? SHARED_COMPANIES[k % SHARED_COMPANIES.length] : culture.companies[k % culture.companies.length];
	if (!culture.family.length) {
		const base = RUSSIAN[(k + Math.floor(k / 6)) % RUSSIAN.length];
		const female = g % 2 === 1;
		const family = female === /[ая]$/.test(base) ? base : female ? `${base}а` : base.replace(/а$/, "");
		return {
			firstName: culture.given[g],
			lastName: round ? `${family}-${RUSSIAN[round % RUSSIAN.length]}` : family,
			company
		};
	}
	const family = culture.family[(k + Math.floor(k / 6)) % culture.family.length];
	const second = culture.family[round * 3 % culture.family.length];
	return {
		firstName: culture.given[g],
		lastName: round ? `${family}-${second}` : family,
		company
	};
}
/** `n` demo people with unique emails. */
function demoPeople(n, prefix = "person") {
	return Array.from({ length: n }, (_, i) => ({
		...nameOf(i),
		email: `${prefix}${i + 1}@example.com`,
		source: "import"
	}));
}
/**
* Seeds campaigns A (email, `audience` recipients), W (webinar), E (event with registrants)
* unless already there.
*/
async function seedDemoData(adapter, options = {}) {
	if ((await adapter.listCampaigns()).some((c) => c.id === "A")) return;
	await adapter.saveCampaign({
		id: "A",
		name: "Spring newsletter",
		type: "email",
		status: "active",
		budgetedCost: 2e3,
		actualCost: 1500,
		startDate: "2026-03-01",
		endDate: "2026-05-31"
	});
	await adapter.saveCampaign({
		id: "W",
		name: "Product webinar",
		type: "webinar",
		status: "planned",
		budgetedCost: 800,
		startDate: "2026-12-10"
	});
	await adapter.saveCampaign({
		id: "E",
		name: "Kyiv Marketing Summit",
		type: "event",
		status: "active",
		budgetedCost: 15e3,
		actualCost: 12400,
		expectedRevenue: 9e4,
		startDate: "2026-11-28",
		endDate: "2026-11-29"
	});
	await adapter.importLeads({
		campaignId: "A",
		source: "import"
	}, demoPeople(options.audience ?? 40));
	await adapter.importLeads({
		campaignId: "E",
		status: "Registered",
		source: "event"
	}, demoPeople(options.registrants ?? 300, "guest"));
	for (const [i, p] of demoPeople(12).entries()) if (i % 3 === 0) await adapter.submitLead({
		submissionId: `demo-response-${i}`,
		campaignId: "A",
		lead: {
			...p,
			email: p.email
		}
	});
}
// test/package/csp-page.ts
var report = window;
report.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => report.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
var adapter = new LocalAdapter(new MemoryStore());
await seedDemoData(adapter, { registrants: 12 });
var [first] = await adapter.searchPeople("a");
document.querySelector("lead-kit").adapter = adapter;
document.querySelector("lead-convert-wizard").lead = first.ref.id;
document.addEventListener("lead-submitted", (e) => report.submitted = e.detail.person.id);
report.ready = true;
