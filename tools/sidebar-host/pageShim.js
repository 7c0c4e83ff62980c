/*
 * Page side of the `google.script` shim. This file is read as text by
 * `shim.mjs` (never imported): it is one function expression, called in the
 * page with (transport, options) before the sidebar's own scripts run.
 *
 * transport(name, args) → Promise of a reply:
 *   { ok: true, value } | { ok: false, error: { name, message } }
 * options: { origin }
 *
 * Behaviour of the real client API reproduced here:
 * - `google.script.run` is immutable: `withSuccessHandler`, `withFailureHandler`
 *   and `withUserObject` return a new runner, so handlers can be chained and a
 *   runner reused; any other property is a server function (a Proxy);
 * - calls are asynchronous and return undefined;
 * - arguments travel as copies: Date, Function, DOM elements (except a form
 *   passed as the only argument) and circular objects are refused (the call
 *   throws at once); `undefined` inside arrays becomes `null`;
 * - a result holding a Date anywhere reaches the success handler as `null`;
 * - the failure handler receives an `Error` with the server's `message`, and
 *   both handlers get the user object as second argument; with no failure
 *   handler the error is logged to the console;
 * - handlers run in their own task, so an exception they throw is an
 *   uncaught error of the page, as with the real callbacks.
 */
(function installGoogleScript(transport, options) {
  'use strict';

  function illegalValue(property) {
    return new Error('Failed due to illegal value in property: ' + property);
  }

  function isDate(value) {
    return Object.prototype.toString.call(value) === '[object Date]';
  }

  function isDomNode(value) {
    return typeof Node !== 'undefined' && value instanceof Node;
  }

  /** Copy of an argument as the server gets it; throws for values the real API refuses. */
  function copyArgument(value, property, seen) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || isDate(value) || isDomNode(value) || seen.indexOf(value) !== -1) {
      throw illegalValue(property);
    }
    seen.push(value);
    var copy;
    if (Array.isArray(value)) {
      copy = value.map(function (item, index) {
        var itemCopy = copyArgument(item, String(index), seen);
        return itemCopy === undefined ? null : itemCopy;
      });
    } else {
      copy = {};
      Object.keys(value).forEach(function (key) {
        var fieldCopy = copyArgument(value[key], key, seen);
        if (fieldCopy !== undefined) copy[key] = fieldCopy;
      });
    }
    seen.pop();
    return copy;
  }

  /** The fields of a form as the server gets them: name → value (several values → array). */
  function formFields(form) {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      var text = typeof value === 'string' ? value : value.name;
      if (!(name in fields)) fields[name] = text;
      else if (Array.isArray(fields[name])) fields[name].push(text);
      else fields[name] = [fields[name], text];
    });
    return fields;
  }

  function copyArguments(args) {
    if (args.length === 1 && typeof HTMLFormElement !== 'undefined' && args[0] instanceof HTMLFormElement) {
      return [formFields(args[0])];
    }
    return args.map(function (arg, index) {
      var argCopy = copyArgument(arg, String(index), []);
      return argCopy === undefined ? null : argCopy;
    });
  }

  function holdsDate(value) {
    if (isDate(value)) return true;
    if (value === null || typeof value !== 'object') return false;
    return Object.keys(value).some(function (key) {
      return holdsDate(value[key]);
    });
  }

  function failureOf(error) {
    var failure = new Error(error && typeof error.message === 'string' ? error.message : String(error));
    failure.name = (error && error.name) || 'ScriptError';
    return failure;
  }

  function later(handler, value, userObject) {
    setTimeout(function () {
      handler(value, userObject);
    }, 0);
  }

  function invoke(name, args, handlers) {
    var payload = copyArguments(args);
    Promise.resolve()
      .then(function () {
        return transport(name, payload);
      })
      .then(
        function (reply) {
          if (reply && reply.ok) {
            var value = holdsDate(reply.value) ? null : reply.value;
            if (handlers.success) later(handlers.success, value, handlers.userObject);
          } else {
            fail(failureOf(reply && reply.error));
          }
        },
        function (transportError) {
          fail(failureOf(transportError));
        },
      );

    function fail(error) {
      if (handlers.failure) later(handlers.failure, error, handlers.userObject);
      else console.error(error);
    }
  }

  function runner(handlers) {
    var methods = {
      withSuccessHandler: function (handler) {
        return runner({ success: handler, failure: handlers.failure, userObject: handlers.userObject });
      },
      withFailureHandler: function (handler) {
        return runner({ success: handlers.success, failure: handler, userObject: handlers.userObject });
      },
      withUserObject: function (userObject) {
        return runner({ success: handlers.success, failure: handlers.failure, userObject: userObject });
      },
    };
    return new Proxy(methods, {
      get: function (target, name) {
        if (typeof name !== 'string' || name === 'then') return undefined;
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        return function () {
          invoke(name, Array.prototype.slice.call(arguments), handlers);
        };
      },
    });
  }

  var noop = function () {};
  window.google = window.google || {};
  window.google.script = {
    run: runner({ success: null, failure: null, userObject: undefined }),
    host: {
      origin: options.origin,
      close: function () {
        window.dispatchEvent(new Event('google-script-host-close'));
      },
      setHeight: noop,
      setWidth: noop,
      editor: { focus: noop },
    },
  };
});
