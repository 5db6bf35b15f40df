// GraphiQL on the gateway's own /graphql, with the README's example query and a header editor for the
// bearer token and the purpose. Everything it loads comes from this server (no CDN).
(function () {
  var example = JSON.parse(document.getElementById('example-query').textContent);
  var headers = JSON.stringify({ authorization: 'Bearer <token: npm run token -- --org org-wz-01 --role matcher>', 'x-purpose': 'MATCHING' }, null, 2);
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: example,
      defaultHeaders: headers,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      // the token stays in this tab only
      shouldPersistHeaders: false,
    }),
  );
})();
